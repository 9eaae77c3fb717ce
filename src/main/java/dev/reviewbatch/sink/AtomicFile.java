package dev.reviewbatch.sink;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes an output file so that a reader sees either the previous file or the complete
 * new one, never a half-written one: the content goes to {@code <name>.partial} beside
 * the target, which is then moved over the target in one atomic step. A failure before
 * the move leaves the previous file as it was (and the {@code .partial} file behind, for
 * the next write to replace). Folders are created as needed. Errors are an
 * {@link UncheckedIOException} whose message names the target:
 * {@code cannot write <target>: <reason>}. Stateless; writes to different targets may run
 * at the same time.
 */
public final class AtomicFile {

	private AtomicFile() {
	}

	/** Writes content to the file beside the target; returns what it wants returned. */
	@FunctionalInterface
	public interface Content<T> {

		T writeTo(Writer out) throws IOException;

	}

	/** Writes {@code text} (UTF-8) as the whole of {@code target}. */
	public static void writeString(Path target, String text) {
		write(target, out -> {
			out.write(text);
			return null;
		});
	}

	/**
	 * Writes {@code target} (UTF-8) through {@code content}, closes it and moves it into
	 * place; returns what {@code content} returned.
	 */
	public static <T> T write(Path target, Content<T> content) {
		try {
			Files.createDirectories(target.toAbsolutePath().getParent());
			T result;
			try (Writer out = Files.newBufferedWriter(partial(target), StandardCharsets.UTF_8)) {
				result = content.writeTo(out);
			}
			commit(target);
			return result;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write " + target + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * The file beside {@code target} that a streaming writer writes first:
	 * {@code <name>.partial}.
	 */
	public static Path partial(Path target) {
		return target.resolveSibling(target.getFileName() + ".partial");
	}

	/**
	 * Moves the finished (closed) {@link #partial(Path)} file over {@code target} in one
	 * step.
	 */
	public static void commit(Path target) throws IOException {
		Files.move(partial(target), target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

}
