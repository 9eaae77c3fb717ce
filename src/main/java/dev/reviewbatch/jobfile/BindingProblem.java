package dev.reviewbatch.jobfile;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns Jackson's failure to read or bind a job file into a {@link JobFileException} that
 * names the file, the (dotted) key and the reason in the words of a job file: what the
 * key expects and what the file has there. YAML that does not parse names its line and
 * column.
 */
final class BindingProblem {

	private BindingProblem() {
	}

	static JobFileException notYaml(Path file, JacksonException ex) {
		String message = oneLine(ex.getOriginalMessage());
		return new JobFileException(file, "(file)",
				"not valid YAML: " + message + (message.contains("line ") ? "" : where(ex.getLocation())));
	}

	/** A failure to bind {@code tree}, the file's keys, to {@link JobFileYaml}. */
	static JobFileException of(Path file, JsonNode tree, JacksonException ex) {
		String key = key(ex);
		if (ex instanceof UnrecognizedPropertyException unknown) {
			return new JobFileException(file, key,
					"unknown key; a job file has only " + unknown.getKnownPropertyIds()
						.stream()
						.map(String::valueOf)
						.sorted()
						.collect(Collectors.joining(", ")));
		}
		if (!(ex instanceof MismatchedInputException mismatch) || key.isEmpty()) {
			return new JobFileException(file, key.isEmpty() ? "(file)" : key, oneLine(ex.getOriginalMessage()));
		}
		Class<?> target = inList(ex) ? List.class : mismatch.getTargetType();
		return new JobFileException(file, key,
				"expected " + Options.expected(key, target) + ", found " + describe(at(tree, ex)));
	}

	/** A value as a person would name it: a mapping, a list, "text", a number (5.5). */
	static String describe(JsonNode value) {
		if (value == null || value.isNull() || value.isMissingNode()) {
			return "nothing";
		}
		if (value.isObject()) {
			return "a mapping";
		}
		if (value.isArray()) {
			return "a list";
		}
		if (value.isBoolean()) {
			return "true/false (" + value.asBoolean() + ")";
		}
		if (value.isNumber()) {
			return "a number (" + value.numberValue() + ")";
		}
		return "\"" + value.asString() + "\"";
	}

	/**
	 * The property names of the path, dotted ({@code options.feeds}); list indexes left
	 * out.
	 */
	private static String key(JacksonException ex) {
		return ex.getPath()
			.stream()
			.map(JacksonException.Reference::getPropertyName)
			.filter(Objects::nonNull)
			.collect(Collectors.joining("."));
	}

	private static boolean inList(JacksonException ex) {
		return ex.getPath().stream().anyMatch(reference -> reference.getPropertyName() == null);
	}

	/** The value the binding failed on, found in the tree by the exception's path. */
	private static JsonNode at(JsonNode tree, JacksonException ex) {
		JsonNode node = tree;
		for (JacksonException.Reference reference : ex.getPath()) {
			node = reference.getPropertyName() != null ? node.get(reference.getPropertyName())
					: node.get(reference.getIndex());
			if (node == null) {
				return null;
			}
		}
		return node;
	}

	private static String where(TokenStreamLocation location) {
		return location == null || location.getLineNr() < 1 ? ""
				: " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
	}

	private static String oneLine(String message) {
		return message == null ? "" : message.replaceAll("\\s+", " ").strip();
	}

}
