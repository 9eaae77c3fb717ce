package dev.reviewbatch.source.letterboxd;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * An unpacked export folder, or a single CSV file of an export (recognised by its name,
 * else by its header). Symbolic links inside an export folder are never followed: a
 * linked file is listed, so it is refused by name with the reason, but {@link #open} will
 * not read it; a linked folder is not entered.
 */
final class FolderArchive implements ExportArchive {

	private final Path location;

	private final Path root;

	private final ExportLayout layout;

	private final boolean complete;

	private FolderArchive(Path location, Path root, ExportLayout layout, boolean complete) {
		this.location = location;
		this.root = root;
		this.layout = layout;
		this.complete = complete;
	}

	static FolderArchive open(Path folder) {
		List<String> names;
		Path real;
		// the folder the user named may itself be a link; links inside it are not
		// followed
		try (Stream<Path> files = Files.walk(real = folder.toRealPath(), 3)) {
			names = files.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(f))
				.map(file -> real.relativize(file).toString().replace('\\', '/'))
				.sorted()
				.toList();
		}
		catch (IOException | UncheckedIOException ex) {
			throw new NotAnExportException(folder + ": cannot list: " + ex.getMessage(), ex);
		}
		String prefix = ExportLayout.rootPrefix(names);
		ExportLayout layout = ExportLayout.classify(folder, names, prefix, name -> sizeOf(real.resolve(name)));
		return new FolderArchive(folder, real.resolve(prefix), layout, true);
	}

	static FolderArchive openSingleFile(Path file) {
		String name = file.getFileName().toString();
		ExportFile kind = ExportFile.at(name)
			.or(() -> ExportFile.at("lists/" + name).filter(f -> isListFile(file)))
			.or(() -> ExportFile.withUniqueHeader(firstLine(file)))
			.orElseThrow(() -> new NotAnExportException(file + ": not a file of a Letterboxd export: "
					+ "its name and its header (" + quoted(firstLine(file)) + ") match none of the export's files"));
		ExportEntry entry = new ExportEntry(name, kind, ExportFile.stateOf(parentFolder(file) + "/"), sizeOf(file));
		return new FolderArchive(file, file.getParent(), new ExportLayout(List.of(entry), List.of()), false);
	}

	@Override
	public Path location() {
		return location;
	}

	@Override
	public List<ExportEntry> entries() {
		return layout.entries();
	}

	@Override
	public List<String> ignored() {
		return layout.ignored();
	}

	@Override
	public boolean complete() {
		return complete;
	}

	@Override
	public InputStream open(ExportEntry entry) throws IOException {
		if (!complete) {
			return Files.newInputStream(location);
		}
		Path file = root.resolve(entry.path());
		if (Files.isSymbolicLink(file)) {
			throw new IOException("it is a symbolic link, and links are not followed out of an export folder");
		}
		return Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS);
	}

	@Override
	public void close() {
		// nothing held open between reads
	}

	private static boolean isListFile(Path file) {
		String first = firstLine(file);
		return first.isEmpty() || first.startsWith("Letterboxd list export");
	}

	private static String parentFolder(Path file) {
		Path parent = file.toAbsolutePath().getParent();
		return Optional.ofNullable(parent).map(p -> p.getFileName()).map(Path::toString).orElse("");
	}

	private static String firstLine(Path file) {
		try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			String line = reader.readLine();
			return line == null ? "" : line.replace("\uFEFF", "").strip();
		}
		catch (IOException ex) {
			return "";
		}
	}

	private static String quoted(String line) {
		return line.isEmpty() ? "empty" : '"' + (line.length() > 80 ? line.substring(0, 80) + "…" : line) + '"';
	}

	private static long sizeOf(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			return -1;
		}
	}

}
