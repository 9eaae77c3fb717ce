package dev.reviewbatch.launcher;

/**
 * The whole "application" of the launcher tests that run a real JVM: prints its
 * arguments.
 */
public final class PrintArgs {

	private PrintArgs() {
	}

	public static void main(String[] args) {
		System.out.println("ran " + String.join(" ", args));
	}

}
