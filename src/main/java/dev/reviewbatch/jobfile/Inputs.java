package dev.reviewbatch.jobfile;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads and checks {@code input:} / {@code inputs:}: import jobs need at least one, other
 * jobs take none.
 */
final class Inputs {

	private Inputs() {
	}

	static List<String> of(YamlMap yaml, JobKind kind) throws JobFileException {
		if (yaml.has("input") && yaml.has("inputs")) {
			throw yaml.error("inputs", "give either input: (one) or inputs: (a list), not both");
		}
		String key = yaml.has("inputs") ? "inputs" : "input";
		List<String> inputs = yaml.strings(key);
		if (kind != JobKind.IMPORT) {
			if (!inputs.isEmpty()) {
				throw yaml.error(key, "a " + kind.yamlName() + " job takes no input"
						+ (kind == JobKind.SYNC ? "; list feeds under options.feeds and drop files in the inbox" : ""));
			}
			return inputs;
		}
		if (inputs.isEmpty()) {
			throw yaml.error("input", "missing; an import job needs an export ZIP, folder or CSV");
		}
		for (String input : inputs) {
			requireExists(yaml, key, input);
		}
		return inputs;
	}

	/**
	 * A path must exist relative to the working directory; an http(s) URL is taken as it
	 * is.
	 */
	static void requireExists(YamlMap yaml, String key, String pathOrUrl) throws JobFileException {
		if (isUrl(pathOrUrl)) {
			try {
				URI.create(pathOrUrl).toURL();
			}
			catch (IllegalArgumentException | java.net.MalformedURLException ex) {
				throw yaml.error(key, pathOrUrl + " is not a valid URL: " + ex.getMessage());
			}
			return;
		}
		if (!Files.exists(Path.of(pathOrUrl))) {
			throw yaml.error(key,
					pathOrUrl + ": no such file or folder (relative to " + Path.of("").toAbsolutePath() + ")");
		}
	}

	static boolean isUrl(String text) {
		return text.startsWith("http://") || text.startsWith("https://");
	}

}
