package dev.reviewbatch.source.pages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Expands what the user named (files, folders, http(s) feed URLs) into the sources to
 * read, in a deterministic order: inputs as given, a folder's files sorted by name. A
 * folder contributes its own files with a readable extension ({@link #READ_EXTENSIONS}),
 * not hidden ones and not subfolders (a browser's {@code Page_files/} assets). Nothing is
 * opened. Stateless.
 */
final class Inputs {

	/**
	 * Extensions of files a folder contributes; a file named on its own is read whatever
	 * its name.
	 */
	static final Set<String> READ_EXTENSIONS = Set.of("html", "htm", "xhtml", "xml", "rss", "md", "markdown", "txt");

	/**
	 * What marks a Letterboxd export rather than saved pages: its CSV files, or the ZIP
	 * it comes as.
	 */
	static final Set<String> EXPORT_EXTENSIONS = Set.of("csv", "zip");

	private Inputs() {
	}

	static List<Input> expand(List<String> inputs) {
		List<Input> sources = new ArrayList<>();
		for (String input : inputs) {
			if (isUrl(input)) {
				sources.add(Input.ofUrl(input.strip()));
				continue;
			}
			Path path = Path.of(input);
			List<Path> files = Files.isDirectory(path) ? readableFiles(path) : List.of(path);
			if (files.isEmpty()) {
				sources.add(Input.ofFile(path)); // read as a folder: one unreadable row
													// says it holds nothing
			}
			files.forEach(file -> sources.add(Input.ofFile(file)));
		}
		return sources;
	}

	/**
	 * True for an http(s) URL; for a folder holding at least one saved page, feed or
	 * Markdown review and no export files (plain .txt files alone are taken for notes,
	 * not reviews); or for a single readable file. False for a Letterboxd export (folder
	 * of CSV files, ZIP, CSV file) and for what does not exist.
	 */
	static boolean handles(String input) {
		if (isUrl(input)) {
			return true;
		}
		Path path = Path.of(input);
		if (Files.isDirectory(path)) {
			return readableFiles(path).stream().anyMatch(file -> !"txt".equals(extension(file)))
					&& children(path).stream().noneMatch(Inputs::isExportFile);
		}
		return Files.isRegularFile(path) && READ_EXTENSIONS.contains(extension(path));
	}

	static boolean isUrl(String input) {
		String lower = input.strip().toLowerCase(Locale.ROOT);
		return lower.startsWith("http://") || lower.startsWith("https://");
	}

	static String extension(Path file) {
		String name = file.getFileName() == null ? "" : file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	private static List<Path> readableFiles(Path folder) {
		return children(folder).stream()
			.filter(Files::isRegularFile)
			.filter(file -> !file.getFileName().toString().startsWith("."))
			.filter(file -> READ_EXTENSIONS.contains(extension(file)))
			.toList();
	}

	private static boolean isExportFile(Path file) {
		return Files.isRegularFile(file) && EXPORT_EXTENSIONS.contains(extension(file));
	}

	/**
	 * The folder's entries sorted by file name; none when it cannot be listed (reading it
	 * then says why).
	 */
	private static List<Path> children(Path folder) {
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.sorted(Comparator.comparing(file -> file.getFileName().toString())).toList();
		}
		catch (IOException | UncheckedIOException ex) {
			return List.of();
		}
	}

}
