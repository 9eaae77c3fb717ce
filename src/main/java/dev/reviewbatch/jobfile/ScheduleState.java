package dev.reviewbatch.jobfile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The last fire time of each scheduled job, kept in
 * {@code output/runs/schedule-state.json} so a scheduler that was down knows which runs
 * it missed. Written whole to a temporary file and moved over the old one. Thread-safe.
 */
public final class ScheduleState {

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private final Path file;

	private final Map<String, String> lastFire = new TreeMap<>();

	private ScheduleState(Path file) {
		this.file = file;
	}

	/** The state in {@code file}; empty when the file does not exist yet. */
	public static ScheduleState load(Path file) {
		ScheduleState state = new ScheduleState(file);
		if (Files.exists(file)) {
			try {
				state.lastFire.putAll(JSON.readValue(file.toFile(), new TypeReference<Map<String, String>>() {
				}));
			}
			catch (RuntimeException ex) {
				throw new IllegalStateException(
						file + ": not a schedule state file (" + ex.getMessage() + "); delete it to start afresh", ex);
			}
		}
		return state;
	}

	/** When the job last fired, or null when never. */
	public synchronized ZonedDateTime lastFire(String job) {
		String value = lastFire.get(job);
		return value == null ? null : ZonedDateTime.parse(value);
	}

	public synchronized void fired(String job, ZonedDateTime at) {
		lastFire.put(job, at.toOffsetDateTime().toZonedDateTime().toString());
		try {
			Files.createDirectories(file.getParent());
			Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
			JSON.writeValue(temporary.toFile(), lastFire);
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
