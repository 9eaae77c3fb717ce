package dev.reviewbatch.sync;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The inbox folder: which files in it may be imported and whether each has settled, and
 * moving a file to the processed folder. Only regular, non-hidden files directly in the
 * folder count (subfolders such as {@code processed/} do not). A file is still being
 * written when it was modified within the settle time, or when its size or modification
 * time changed between the first look ({@link #list()}) and a second ({@link #settled}).
 * Not thread-safe for one folder: one sync at a time.
 */
final class Inbox {

	/** Export ZIPs, CSVs of an export, saved pages and saved feeds. */
	static final Set<String> IMPORTABLE = Set.of("zip", "csv", "html", "htm", "xml", "rss");

	private final Path folder;

	private final Path processed;

	private final Duration settle;

	private final Clock clock;

	Inbox(Path folder, Path processed, Duration settle, Clock clock) {
		this.folder = folder;
		this.processed = processed;
		this.settle = settle;
		this.clock = clock;
	}

	/** The first look: the inbox's files in name order, importable or not. */
	List<InboxFile> list() throws IOException {
		if (!Files.isDirectory(folder)) {
			throw new IOException(folder + ": the inbox folder does not exist");
		}
		List<InboxFile> files = new ArrayList<>();
		try (Stream<Path> entries = Files.list(folder)) {
			for (Path path : entries.sorted().toList()) {
				BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
				if (attributes.isRegularFile() && !path.getFileName().toString().startsWith(".")) {
					files.add(new InboxFile(path, attributes.size(), attributes.lastModifiedTime()));
				}
			}
		}
		return files;
	}

	static boolean importable(InboxFile file) {
		String name = file.name().toLowerCase(Locale.ROOT);
		int dot = name.lastIndexOf('.');
		return dot > 0 && IMPORTABLE.contains(name.substring(dot + 1));
	}

	/** Why the file is not settled yet, or null when it may be read. */
	String stillBeingWritten(InboxFile file) throws IOException {
		Duration age = Duration.between(file.modified().toInstant(), clock.instant());
		if (age.compareTo(settle) < 0) {
			return "modified " + Math.max(0, age.toSeconds()) + "s ago, less than " + settle.toSeconds() + "s";
		}
		BasicFileAttributes now = Files.readAttributes(file.path(), BasicFileAttributes.class);
		if (now.size() != file.size() || !now.lastModifiedTime().equals(file.modified())) {
			return "its size changed from " + file.size() + " to " + now.size() + " bytes while we looked";
		}
		return null;
	}

	/**
	 * Moves the file to the processed folder, never over another file; returns where it
	 * went.
	 */
	Path moveToProcessed(InboxFile file) throws IOException {
		Files.createDirectories(processed);
		Path target = processed.resolve(file.name());
		for (int n = 2; Files.exists(target); n++) {
			target = processed.resolve(numbered(file.name(), n));
		}
		try {
			return Files.move(file.path(), target, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (java.nio.file.AtomicMoveNotSupportedException ex) {
			return Files.move(file.path(), target);
		}
	}

	private static String numbered(String name, int n) {
		int dot = name.lastIndexOf('.');
		return dot <= 0 ? name + "-" + n : name.substring(0, dot) + "-" + n + name.substring(dot);
	}

}
