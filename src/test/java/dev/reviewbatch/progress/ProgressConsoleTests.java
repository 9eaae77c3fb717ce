package dev.reviewbatch.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import dev.reviewbatch.progress.ProgressConsole.Mode;

class ProgressConsoleTests {

	private final StringWriter text = new StringWriter();

	@Test
	void live_rewritesOneLineInPlace_andClearsWhatALongerLineLeft() {
		ProgressConsole console = new ProgressConsole(new PrintWriter(text), Mode.LIVE);

		console.update("  10 rows of ~100");
		console.update("  20 rows");
		console.say("writing clean files…");

		assertThat(text.toString()).isEqualTo("\r  10 rows of ~100\r  20 rows        \nwriting clean files…\n");
	}

	@Test
	void live_finish_leavesTheLastLineAndEndsIt() {
		ProgressConsole console = new ProgressConsole(new PrintWriter(text), Mode.LIVE);

		console.update("  10 rows");
		console.finish("  20 rows imported");
		console.say("next");

		assertThat(text.toString()).isEqualTo("\r  10 rows\r  20 rows imported\nnext\n");
	}

	@Test
	void lines_printsPlainLines_withoutCarriageReturns() {
		ProgressConsole console = new ProgressConsole(new PrintWriter(text), Mode.LINES);

		console.update("  10 rows");
		console.finish("  20 rows imported");
		console.say("writing clean files…");

		assertThat(text.toString()).isEqualTo("  10 rows\n  20 rows imported\nwriting clean files…\n")
			.doesNotContain("\r");
	}

	@Test
	void off_printsNothing() {
		ProgressConsole console = new ProgressConsole(new PrintWriter(text), Mode.OFF);

		console.update("  10 rows");
		console.finish("  20 rows imported");
		console.say("writing clean files…");

		assertThat(text.toString()).isEmpty();
	}

	@Test
	void mode_liveOnlyOnARealTerminal_plainLinesElsewhere_nothingWhenQuiet() {
		assertThat(ProgressConsole.mode(false, false, true, "xterm-256color")).isEqualTo(Mode.LIVE);
		assertThat(ProgressConsole.mode(false, false, true, "dumb")).isEqualTo(Mode.LINES);
		assertThat(ProgressConsole.mode(false, false, false, null)).as("cron, a pipe").isEqualTo(Mode.LINES);
		assertThat(ProgressConsole.mode(true, false, true, "xterm")).as("--quiet").isEqualTo(Mode.OFF);
		assertThat(ProgressConsole.mode(false, true, true, "xterm")).as("reviewbatch.progress=false")
			.isEqualTo(Mode.OFF);
	}

}
