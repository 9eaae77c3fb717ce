package dev.reviewbatch.cli;

import java.io.PrintWriter;

import dev.reviewbatch.sync.StopSignal;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code reviewbatch}: the top command. Exit codes of every subcommand: 0 the run
 * completed (rejected rows do not fail a run), 1 the run failed part-way (run the same
 * command again to resume), 2 it cannot run (bad usage, missing path, not an export), 3
 * the store is in use by another run.
 * <p>
 * Usage errors are one line on stderr ({@link UsageErrors}); help, usage errors and every
 * refusal answer without starting the Spring context, which only commands that use the
 * store open ({@link StoreOptions#run}).
 */
@Command(name = "reviewbatch", mixinStandardHelpOptions = true, version = "reviewbatch 0.1.0",
		description = "Imports film-review data (Letterboxd exports, feeds, saved pages, IMDb CSVs, review articles) "
				+ "into one clean, deduplicated store.",
		subcommands = {
				ImportCommand.class, ReportCommand.class, ExportCommand.class, ValidateCommand.class, RunCommand.class,
				SyncCommand.class, ScheduleCommand.class, AccountsCommand.class, CommandLine.HelpCommand.class },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:the run completed (rejected rows do not fail a run)",
				"1:the run failed part-way; run the same command again to resume",
				"2:it cannot run: bad usage, missing path, not an export, a damaged or unsafe ZIP",
				"3:the store is in use by another run" })
public class ReviewBatchCli {

	public static final int OK = 0;

	public static final int FAILED = 1;

	public static final int CANNOT_RUN = 2;

	public static final int STORE_BUSY = 3;

	/**
	 * Help is laid out for an 80-column terminal; the option column fits the longest
	 * option with its value.
	 */
	static final int HELP_WIDTH = 80;

	static final int HELP_OPTION_COLUMN = 26;

	public static void main(String[] args) {
		System.exit(execute(args));
	}

	public static int execute(String... args) {
		return execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
	}

	/**
	 * Runs one command line, printing to {@code out} and {@code err}; returns the exit
	 * code.
	 */
	public static int execute(PrintWriter out, PrintWriter err, String... args) {
		return execute(new StopSignal(), out, err, args);
	}

	/**
	 * As {@link #execute(PrintWriter, PrintWriter, String...)}, stopping the store's
	 * running jobs after their current chunk when {@code stop} is raised.
	 */
	public static int execute(StopSignal stop, PrintWriter out, PrintWriter err, String... args) {
		return commandLine(out, err, stop).execute(args);
	}

	/**
	 * The command line with its output, help layout and error handlers set; nothing runs
	 * yet.
	 */
	static CommandLine commandLine(PrintWriter out, PrintWriter err) {
		return commandLine(out, err, new StopSignal());
	}

	private static CommandLine commandLine(PrintWriter out, PrintWriter err, StopSignal stop) {
		CommandLine commandLine = new CommandLine(new ReviewBatchCli(), new StopAwareFactory(stop));
		commandLine.setOut(out);
		commandLine.setErr(err);
		commandLine.setUsageHelpWidth(HELP_WIDTH);
		commandLine.setUsageHelpLongOptionsMaxWidth(HELP_OPTION_COLUMN);
		commandLine.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
			cmd.getErr().println("reviewbatch: " + Errors.oneLine(ex));
			return FAILED;
		});
		commandLine.setParameterExceptionHandler((ex, args2) -> {
			ex.getCommandLine().getErr().println(UsageErrors.oneLine(ex));
			return CANNOT_RUN;
		});
		return commandLine;
	}

	/**
	 * Creates each command's {@link StoreOptions} with the command line's stop signal.
	 */
	private record StopAwareFactory(StopSignal stop) implements CommandLine.IFactory {

		@Override
		public <K> K create(Class<K> type) throws Exception {
			if (type == StoreOptions.class) {
				return type.cast(new StoreOptions(stop));
			}
			return CommandLine.defaultFactory().create(type);
		}

	}

}
