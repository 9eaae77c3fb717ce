package dev.reviewbatch.cli;

import java.util.List;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns a command-line parse error into the one line a person needs: which command, what
 * was wrong, the closest command or option when it looks like a typo, and where the help
 * is. Stateless.
 */
final class UsageErrors {

	private UsageErrors() {
	}

	/**
	 * E.g.
	 * {@code reviewbatch: unknown command 'improt' (did you mean 'import'?); see 'reviewbatch --help'}.
	 */
	static String oneLine(ParameterException error) {
		CommandLine command = error.getCommandLine();
		String name = command.getCommandSpec().qualifiedName();
		return name + ": " + problem(error) + "; see '" + name + " --help'";
	}

	private static String problem(ParameterException error) {
		if (error instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
			String first = unmatched.getUnmatched().get(0);
			boolean option = first.startsWith("-");
			boolean hasSubcommands = !error.getCommandLine().getSubcommands().isEmpty();
			String what = option ? "unknown option" : hasSubcommands ? "unknown command" : "unexpected argument";
			return what + " '" + first + "'" + suggestion(unmatched.getSuggestions(), first);
		}
		String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
		String line = message.lines().findFirst().orElse(message);
		return line.isEmpty() ? line : Character.toLowerCase(line.charAt(0)) + line.substring(1);
	}

	private static String suggestion(List<String> suggestions, String typed) {
		return suggestions.stream()
			.filter(s -> !s.equals(typed))
			.findFirst()
			.map(s -> " (did you mean '" + s + "'?)")
			.orElse("");
	}

}
