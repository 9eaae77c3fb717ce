package dev.reviewbatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Issue 10 §4: typos get the closest command in one line, and the help lists every input
 * and wraps cleanly.
 */
class CommandLineTests {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			improt   | import
			exprot   | export
			valdiate | validate
			synch    | sync
			""")
	void commandTypo_suggestsTheClosestCommand_inOneLine(String typo, String command) {
		Cli run = Cli.run(typo);

		assertThat(run.exitCode()).isEqualTo(ReviewBatchCli.CANNOT_RUN);
		assertThat(run.out()).isEmpty();
		assertThat(run.err().lines().toList()).containsExactly("reviewbatch: unknown command '" + typo
				+ "' (did you mean '" + command + "'?); see 'reviewbatch --help'");
	}

	@Test
	void optionTypo_suggestsTheOption_andNamesTheSubcommandOnce() {
		Cli run = Cli.run("import", "input/letterboxd-sample-export.zip", "--no-reprot");

		assertThat(run.exitCode()).isEqualTo(ReviewBatchCli.CANNOT_RUN);
		assertThat(run.err().lines().toList()).containsExactly("reviewbatch import: unknown option '--no-reprot' "
				+ "(did you mean '--no-report'?); see 'reviewbatch import --help'");
	}

	@Test
	void noCommand_oneLinePointingToTheHelp() {
		Cli run = Cli.run();

		assertThat(run.exitCode()).isEqualTo(ReviewBatchCli.CANNOT_RUN);
		assertThat(run.err().lines().toList()).singleElement()
			.satisfies(line -> assertThat(line).startsWith("reviewbatch: missing")
				.endsWith("; see 'reviewbatch --help'")
				.doesNotContain("reviewbatch reviewbatch"));
	}

	@Test
	void importHelp_listsEveryInputTheReadmeLists() {
		Cli run = Cli.run("import", "--help");

		assertThat(run.exitCode()).isZero();
		assertThat(run.out()).contains("Usage: reviewbatch import", "PATH|URL", "Letterboxd data export", "ZIP",
				"unpacked folder", "one CSV file of it", "Letterboxd's import format", "IMDb \"Your Ratings\" CSV",
				"RSS feed", "http(s) URL", "saved Letterboxd page", "review article", "a folder of such pages, feeds",
				"--quiet");
	}

	@Test
	void help_ofEveryCommand_neverWrapsMidToken() {
		CommandLine top = ReviewBatchCli.commandLine(new PrintWriter(new StringWriter()),
				new PrintWriter(new StringWriter()));
		List<CommandLine> commands = new ArrayList<>(List.of(top));
		commands.addAll(top.getSubcommands().values());

		for (CommandLine command : commands) {
			String help = command.getUsageMessage(CommandLine.Help.Ansi.OFF);
			assertThat(help.lines()).as(command.getCommandName() + " help fits 80 columns")
				.allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
			for (String token : tokens(command.getCommandSpec())) {
				assertThat(help).as(command.getCommandName() + " help keeps \"" + token + "\" on one line")
					.contains(token);
			}
		}
	}

	@Test
	void help_keepsTheExampleUrlAndDocPathWhole() {
		assertThat(Cli.run("import", "--help").out()).contains("jdbc:postgresql://localhost/reviews?user=me");
		assertThat(Cli.run("export", "--help").out()).contains("docs/export-schemas.md");
	}

	/**
	 * Every word of the command's, its options' and parameters' descriptions, and of its
	 * subcommand list.
	 */
	private static List<String> tokens(CommandSpec spec) {
		List<String> texts = new ArrayList<>(List.of(spec.usageMessage().description()));
		for (ArgSpec arg : spec.args()) {
			texts.addAll(List.of(arg.description()));
		}
		for (CommandLine sub : spec.subcommands().values()) {
			// the command list shows a subcommand's header, else the first line of its
			// description
			String[] header = sub.getCommandSpec().usageMessage().header();
			texts.add(header.length > 0 ? header[0] : sub.getCommandSpec().usageMessage().description()[0]);
		}
		List<String> tokens = new ArrayList<>();
		for (String text : texts) {
			for (String token : text.split("\\s+")) {
				if (!token.isBlank() && !token.contains("${") && !token.contains("%")) {
					tokens.add(token);
				}
			}
		}
		return tokens;
	}

}
