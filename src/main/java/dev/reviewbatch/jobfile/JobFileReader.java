package dev.reviewbatch.jobfile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads {@code jobs/*.yml} into {@link JobFile}s: Jackson binds the YAML to
 * {@link JobFileYaml} records, then each key is checked for the job's kind. Every problem
 * is a {@link JobFileException} naming the file, the key and the reason: an unknown key
 * or option, a wrong type, a missing input, inbox or feed file, a bad cron expression, a
 * duplicate key, YAML that does not parse (with its line). Paths are checked relative to
 * the working directory. Stateless and thread-safe.
 */
public final class JobFileReader {

	/**
	 * Strict binding: no unknown keys, no duplicate keys, no text taken for a number or
	 * true/false, no fraction for a whole number; a single path counts as a list of one.
	 */
	private static final YAMLMapper YAML = YAMLMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
		.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
		.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.build();

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
		JobFileYaml yaml = load(file);
		JobKind kind = kind(file, yaml.job());
		List<String> inputs = Inputs.of(file, yaml, kind);
		JobOptions options = Options.of(file, yaml.options() == null ? JobFileYaml.Options.NONE : yaml.options(), kind);
		return new JobFile(file, kind, yaml.description() == null ? "" : yaml.description(), inputs, options,
				schedule(file, yaml));
	}

	/**
	 * The file as a YAML tree (syntax, duplicate keys), then bound to
	 * {@link JobFileYaml}; the tree also tells an empty {@code schedule:} from none.
	 */
	private static JobFileYaml load(Path file) throws JobFileException {
		String text;
		try {
			text = Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new JobFileException(file, "(file)", "cannot read it: " + ex.getMessage());
		}
		JsonNode tree;
		try {
			tree = YAML.readTree(text);
		}
		catch (JacksonException ex) {
			throw BindingProblem.notYaml(file, ex);
		}
		if (tree == null || tree.isMissingNode() || !tree.isObject()) {
			throw new JobFileException(file, "(file)",
					"expected keys such as job: and input:, found "
							+ (tree == null || tree.isMissingNode() || tree.isNull() ? "an empty file"
									: BindingProblem.describe(tree)));
		}
		JobFileYaml yaml;
		try {
			yaml = YAML.treeToValue(tree, JobFileYaml.class);
		}
		catch (JacksonException ex) {
			throw BindingProblem.of(file, tree, ex);
		}
		if (yaml.schedule() == null && tree.has("schedule")) {
			throw new JobFileException(file, "schedule", "missing; expected a cron expression");
		}
		return yaml;
	}

	private static JobKind kind(Path file, String name) throws JobFileException {
		if (name == null || name.isBlank()) {
			throw new JobFileException(file, "job", "missing; expected one of " + JobKind.names());
		}
		JobKind kind = JobKind.named(name.strip());
		if (kind == null) {
			throw new JobFileException(file, "job",
					"\"" + name.strip() + "\" is not a job; expected one of " + JobKind.names());
		}
		return kind;
	}

	private static JobSchedule schedule(Path file, JobFileYaml yaml) throws JobFileException {
		if (yaml.schedule() == null) {
			if (yaml.catchUp() != null) {
				throw new JobFileException(file, "catch-up", "only means something with a schedule:");
			}
			return null;
		}
		String expression = yaml.schedule().strip();
		if (expression.isEmpty()) {
			throw new JobFileException(file, "schedule", "missing; expected a cron expression");
		}
		try {
			return JobSchedule.parse(expression, yaml.catchUp() == null || yaml.catchUp());
		}
		catch (IllegalArgumentException ex) {
			throw new JobFileException(file, "schedule",
					"\"" + expression + "\" is not a cron expression: " + ex.getMessage());
		}
	}

}
