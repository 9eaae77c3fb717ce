package dev.reviewbatch.sync;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.reviewbatch.cli.ReviewBatchCli;

/**
 * One in-process run of the command line and what it printed; helpers to make job files
 * for tests.
 */
public record Cli(int exitCode, String out, String err) {

	public static Cli run(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = ReviewBatchCli.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
		return new Cli(code, out.toString(), err.toString());
	}

	/**
	 * A copy of a shipped job file whose {@code out: output} points at {@code out}
	 * instead.
	 */
	public static Path copyJob(String shipped, Path dir, Path out) {
		try {
			String yaml = Files.readString(Path.of("jobs", shipped));
			return Files.writeString(dir.resolve(shipped), yaml.replace("out: output", "out: " + out.toAbsolutePath()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public String toString() {
		return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
	}
}
