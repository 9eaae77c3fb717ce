package dev.reviewbatch.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One in-process run of the command line and what it printed. */
record Cli(int exitCode, String out, String err) {

	static Cli run(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = ReviewBatchCli.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
		return new Cli(code, out.toString(), err.toString());
	}
}
