package dev.reviewbatch.jobfile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads {@code jobs/*.yml} into {@link JobFile}s. Every problem is a
 * {@link JobFileException} naming the file, the key and the reason: an unknown key or
 * option, a wrong type, a missing input, inbox or feed file, a bad cron expression, a
 * duplicate key, YAML that does not parse. Paths are checked relative to the working
 * directory. Stateless and thread-safe.
 */
public final class JobFileReader {

	private static final Set<String> KEYS = Set.of("job", "description", "input", "inputs", "options", "schedule",
			"catch-up");

	private JobFileReader() {
	}

	/** Every {@code *.yml} file of {@code folder}, in name order. */
	public static List<JobFile> readAll(Path folder) throws JobFileException {
		List<JobFile> jobs = new ArrayList<>();
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.filter(f -> f.getFileName().toString().matches(".*\\.ya?ml")).sorted().toList()) {
				jobs.add(read(file));
			}
		}
		catch (IOException ex) {
			throw new JobFileException(folder, "(folder)", "cannot list it: " + ex.getMessage());
		}
		return jobs;
	}

	public static JobFile read(Path file) throws JobFileException {
		YamlMap yaml = new YamlMap(file, "", load(file));
		yaml.requireOnly(KEYS, "a job file has only " + String.join(", ", KEYS.stream().sorted().toList()));
		JobKind kind = kind(yaml);
		List<String> inputs = Inputs.of(yaml, kind);
		JobOptions options = Options.of(yaml.map("options"), kind);
		return new JobFile(file, kind, yaml.string("description", ""), inputs, options, schedule(yaml));
	}

	private static Map<String, Object> load(Path file) throws JobFileException {
		String text;
		try {
			text = Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new JobFileException(file, "(file)", "cannot read it: " + ex.getMessage());
		}
		LoaderOptions loader = new LoaderOptions();
		loader.setAllowDuplicateKeys(false);
		Object root;
		try {
			root = new Yaml(new SafeConstructor(loader)).load(text);
		}
		catch (YAMLException ex) {
			throw new JobFileException(file, "(file)", "not valid YAML: " + ex.getMessage().replaceAll("\\s+", " "));
		}
		if (!(root instanceof Map<?, ?> map)) {
			throw new JobFileException(file, "(file)", "expected keys such as job: and input:, found "
					+ (root == null ? "an empty file" : YamlMap.describe(root)));
		}
		@SuppressWarnings("unchecked")
		Map<String, Object> keys = (Map<String, Object>) map;
		return keys;
	}

	private static JobKind kind(YamlMap yaml) throws JobFileException {
		String name = yaml.requiredString("job", "one of " + JobKind.names());
		JobKind kind = JobKind.named(name);
		if (kind == null) {
			throw yaml.error("job", "\"" + name + "\" is not a job; expected one of " + JobKind.names());
		}
		return kind;
	}

	private static JobSchedule schedule(YamlMap yaml) throws JobFileException {
		boolean catchUp = yaml.bool("catch-up", true);
		if (!yaml.has("schedule")) {
			if (yaml.has("catch-up")) {
				throw yaml.error("catch-up", "only means something with a schedule:");
			}
			return null;
		}
		String expression = yaml.requiredString("schedule", "a cron expression");
		try {
			return JobSchedule.parse(expression, catchUp);
		}
		catch (IllegalArgumentException ex) {
			throw yaml.error("schedule", "\"" + expression + "\" is not a cron expression: " + ex.getMessage());
		}
	}

}
