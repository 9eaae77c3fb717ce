package dev.reviewbatch.progress;

import java.io.PrintWriter;

import org.springframework.stereotype.Component;

/**
 * The console the running command shows its progress on. The command sets it before it
 * starts a run (its own stderr, and {@code --quiet}); until then it is this process's
 * stderr in the mode the environment calls for.
 */
@Component
public class ProgressTarget {

	private volatile ProgressConsole console = ProgressConsole.detect(new PrintWriter(System.err, true), false);

	public ProgressConsole console() {
		return console;
	}

	public void showOn(ProgressConsole console) {
		this.console = console;
	}

}
