package dev.reviewbatch.progress;

import java.io.PrintWriter;
import java.lang.reflect.Method;

/**
 * Where progress goes and how: on a terminal one live line rewritten in place (carriage
 * return, no escape codes); elsewhere (a pipe, cron, a dumb terminal) plain lines, fewer
 * of them; under {@code --quiet} nothing.
 * <p>
 * System properties: {@code reviewbatch.progress=false} turns progress off;
 * {@code reviewbatch.progress.millis} sets how often a progress line is printed (default
 * 1 s live, 10 s as plain lines). Thread-safe.
 */
public final class ProgressConsole {

	/** How progress is shown. */
	public enum Mode {

		/** A terminal: one line rewritten in place. */
		LIVE,
		/** Not a terminal: a plain line now and then. */
		LINES,
		/** Nothing. */
		OFF

	}

	private static final long LIVE_INTERVAL_MILLIS = 1_000;

	private static final long LINES_INTERVAL_MILLIS = 10_000;

	private final PrintWriter err;

	private final Mode mode;

	private final long intervalNanos;

	/** Length of the live line on screen, 0 when none is open. */
	private int liveLength;

	public ProgressConsole(PrintWriter err, Mode mode) {
		this.err = err;
		this.mode = mode;
		long millis = Long.getLong("reviewbatch.progress.millis",
				mode == Mode.LIVE ? LIVE_INTERVAL_MILLIS : LINES_INTERVAL_MILLIS);
		this.intervalNanos = millis * 1_000_000L;
	}

	/** Progress on {@code err} in the mode this process's environment calls for. */
	public static ProgressConsole detect(PrintWriter err, boolean quiet) {
		return new ProgressConsole(err,
				mode(quiet, "false".equalsIgnoreCase(System.getProperty("reviewbatch.progress")), isTerminal(),
						System.getenv("TERM")));
	}

	static Mode mode(boolean quiet, boolean switchedOff, boolean terminal, String term) {
		if (quiet || switchedOff) {
			return Mode.OFF;
		}
		return terminal && !"dumb".equals(term) ? Mode.LIVE : Mode.LINES;
	}

	/**
	 * True when the process talks to a terminal (JDK 22+ return a console for pipes too;
	 * ask it then).
	 */
	private static boolean isTerminal() {
		java.io.Console console = System.console();
		if (console == null) {
			return false;
		}
		try {
			Method isTerminal = java.io.Console.class.getMethod("isTerminal");
			return (Boolean) isTerminal.invoke(console);
		}
		catch (NoSuchMethodException ex) {
			return true;
		}
		catch (ReflectiveOperationException | RuntimeException ex) {
			return false;
		}
	}

	public Mode mode() {
		return mode;
	}

	/** How long to wait between two progress lines. */
	public long intervalNanos() {
		return intervalNanos;
	}

	/**
	 * A progress line: replaces the live line on a terminal, is one more plain line
	 * elsewhere.
	 */
	public synchronized void update(String line) {
		switch (mode) {
			case LIVE -> {
				err.print("\r" + line + " ".repeat(Math.max(0, liveLength - line.length())));
				err.flush();
				liveLength = line.length();
			}
			case LINES -> {
				err.println(line);
				err.flush();
			}
			case OFF -> {
			}
		}
	}

	/** A line of its own ("writing clean files…"): ends a live line first. */
	public synchronized void say(String line) {
		if (mode == Mode.OFF) {
			return;
		}
		endLine();
		err.println(line);
		err.flush();
	}

	/**
	 * The last progress line of a phase: stays on screen, and the next output starts on a
	 * new line.
	 */
	public synchronized void finish(String line) {
		update(line);
		endLine();
	}

	/**
	 * Ends a live line, if one is open, so the next output starts on a line of its own.
	 */
	public synchronized void endLine() {
		if (liveLength > 0) {
			err.println();
			err.flush();
			liveLength = 0;
		}
	}

}
