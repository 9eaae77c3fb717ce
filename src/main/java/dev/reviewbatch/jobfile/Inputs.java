package dev.reviewbatch.jobfile;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Checks {@code input:} / {@code inputs:}: import jobs need at least one, other jobs take
 * none; every path must exist.
 */
final class Inputs {

	private Inputs() {
	}

	static List<String> of(Path file, JobFileYaml yaml, JobKind kind) throws JobFileException {
		if (yaml.input() != null && yaml.inputs() != null) {
			throw new JobFileException(file, "inputs", "give either input: (one) or inputs: (a list), not both");
		}
		String key = yaml.inputs() != null ? "inputs" : "input";
		List<String> inputs = texts(file, key, yaml.inputs() != null ? yaml.inputs() : yaml.input());
		if (kind == JobKind.ACCOUNTS) {
			if (inputs.size() != 1) {
				throw new JobFileException(file, key, "an accounts job takes one input: the folder of accounts");
			}
			requireExists(file, key, inputs.get(0));
			return inputs;
		}
		if (kind != JobKind.IMPORT) {
			if (!inputs.isEmpty()) {
				throw new JobFileException(file, key, "a " + kind.yamlName() + " job takes no input"
						+ (kind == JobKind.SYNC ? "; list feeds under options.feeds and drop files in the inbox" : ""));
			}
			return inputs;
		}
		if (inputs.isEmpty()) {
			throw new JobFileException(file, "input", "missing; an import job needs an export ZIP, folder or CSV");
		}
		for (String input : inputs) {
			requireExists(file, key, input);
		}
		return inputs;
	}

	/**
	 * The paths or URLs of a list, stripped; none when absent; a blank one is refused.
	 */
	static List<String> texts(Path file, String key, List<String> values) throws JobFileException {
		if (values == null) {
			return List.of();
		}
		for (String value : values) {
			if (value == null || value.isBlank()) {
				throw new JobFileException(file, key,
						"expected a list of paths or URLs, found " + (value == null ? "nothing" : "\"" + value + "\""));
			}
		}
		return values.stream().map(String::strip).toList();
	}

	/**
	 * A path must exist relative to the working directory; an http(s) URL is taken as it
	 * is.
	 */
	static void requireExists(Path file, String key, String pathOrUrl) throws JobFileException {
		if (isUrl(pathOrUrl)) {
			try {
				URI.create(pathOrUrl).toURL();
			}
			catch (IllegalArgumentException | java.net.MalformedURLException ex) {
				throw new JobFileException(file, key, pathOrUrl + " is not a valid URL: " + ex.getMessage());
			}
			return;
		}
		if (!Files.exists(Path.of(pathOrUrl))) {
			throw new JobFileException(file, key,
					pathOrUrl + ": no such file or folder (relative to " + Path.of("").toAbsolutePath() + ")");
		}
	}

	static boolean isUrl(String text) {
		return text.startsWith("http://") || text.startsWith("https://");
	}

}
