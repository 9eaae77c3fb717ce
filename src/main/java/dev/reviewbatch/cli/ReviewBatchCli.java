package dev.reviewbatch.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code reviewbatch}: the top command. Exit codes of every subcommand: 0 the run completed (rejected rows do
 * not fail a run), 1 the run failed part-way (run the same command again to resume), 2 it cannot run (bad
 * usage, missing path, not an export), 3 the store is in use by another run.
 */
@Command(name = "reviewbatch", mixinStandardHelpOptions = true, version = "reviewbatch 0.1.0",
		description = "Imports film-review data (Letterboxd exports) into one clean, deduplicated store.",
		subcommands = { ImportCommand.class, ReportCommand.class, ExportCommand.class, ValidateCommand.class,
				RunCommand.class, SyncCommand.class, ScheduleCommand.class, CommandLine.HelpCommand.class },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:the run completed (rejected rows do not fail a run)",
				"1:the run failed part-way; run the same command again to resume",
				"2:it cannot run: bad usage, missing path, not an export",
				"3:the store is in use by another run" })
public class ReviewBatchCli {

	public static final int OK = 0;

	public static final int FAILED = 1;

	public static final int CANNOT_RUN = 2;

	public static final int STORE_BUSY = 3;

	public static void main(String[] args) {
		System.exit(execute(args));
	}

	public static int execute(String... args) {
		return execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
	}

	/** Runs one command line, printing to {@code out} and {@code err}; returns the exit code. */
	public static int execute(PrintWriter out, PrintWriter err, String... args) {
		CommandLine commandLine = new CommandLine(new ReviewBatchCli());
		commandLine.setOut(out);
		commandLine.setErr(err);
		commandLine.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
			cmd.getErr().println("reviewbatch: " + Errors.oneLine(ex));
			return FAILED;
		});
		commandLine.setParameterExceptionHandler((ex, args2) -> {
			ex.getCommandLine().getErr().println("reviewbatch: " + ex.getMessage());
			ex.getCommandLine().getErr().println("Try 'reviewbatch " + ex.getCommandLine().getCommandName()
					+ " --help' for more information.");
			return CANNOT_RUN;
		});
		return commandLine.execute(args);
	}
}
