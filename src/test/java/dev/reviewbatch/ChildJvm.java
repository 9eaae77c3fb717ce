package dev.reviewbatch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The CLI in a child JVM on the test class path, for tests that must really kill or
 * signal a run, and waits on what the child says rather than on time. The child runs with
 * the test-only hook {@code reviewbatch.test.pauseAfterChunks}: after that many chunks of
 * the import step it prints {@code reviewbatch-test: paused after N chunks} on stderr and
 * waits until its stdin is closed ({@code process.getOutputStream().close()}).
 */
public final class ChildJvm {

	/** The system property of the hook (see {@code dev.reviewbatch.job.TestPause}). */
	public static final String PAUSE_AFTER_CHUNKS = "reviewbatch.test.pauseAfterChunks";

	/**
	 * A bound for a loaded machine, not a timing bet: reaching it means the child is
	 * stuck.
	 */
	private static final Duration PATIENCE = Duration.ofMinutes(5);

	private ChildJvm() {
	}

	public static Process start(ProcessBuilder.Redirect stdout, int pauseAfterChunks, String mainClass, String... args)
			throws IOException {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
						"-D" + PAUSE_AFTER_CHUNKS + "=" + pauseAfterChunks, "-cp",
						System.getProperty("java.class.path"), mainClass));
		command.addAll(List.of(args));
		return new ProcessBuilder(command).redirectOutput(stdout).start();
	}

	/**
	 * Waits until the child prints {@code line} on stderr; stderr is drained from then
	 * on, so the child never blocks on a full pipe.
	 * @throws AssertionError when the child ends first, with what it printed
	 */
	public static void awaitLine(Process child, String line) throws InterruptedException {
		BlockingQueue<String> lines = new LinkedBlockingQueue<>();
		String end = "\0end of stderr";
		Thread drain = new Thread(() -> {
			try (BufferedReader err = new BufferedReader(
					new InputStreamReader(child.getErrorStream(), StandardCharsets.UTF_8))) {
				for (String next = err.readLine(); next != null; next = err.readLine()) {
					lines.add(next);
				}
			}
			catch (IOException ex) {
				// the child ended
			}
			lines.add(end);
		}, "child-stderr");
		drain.setDaemon(true);
		drain.start();
		StringBuilder seen = new StringBuilder();
		for (String next = lines.poll(PATIENCE.toSeconds(), TimeUnit.SECONDS); next != null
				&& !next.equals(end); next = lines.poll(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
			if (next.strip().equals(line)) {
				return;
			}
			seen.append(next).append('\n');
		}
		throw new AssertionError("the child never printed \"" + line + "\"; its stderr:\n" + seen);
	}

	/**
	 * Waits until {@code file} contains {@code text}, checking every 50 ms, at most
	 * {@code bound}.
	 */
	public static void awaitFileContains(Path file, String text, Duration bound)
			throws IOException, InterruptedException {
		long deadline = System.nanoTime() + bound.toNanos();
		while (!(Files.exists(file) && Files.readString(file).contains(text))) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError(file + " never contained \"" + text + "\" within " + bound);
			}
			Thread.sleep(50);
		}
	}

}
