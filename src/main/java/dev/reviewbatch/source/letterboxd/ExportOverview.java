package dev.reviewbatch.source.letterboxd;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * What an export holds, found without importing anything: its account, its files in
 * import order, the files that are not part of an export, and whether it is a whole
 * export. {@link #of} validates the input on the way (a damaged or unsafe ZIP, a path
 * that is no export, throw {@link NotAnExportException}). Immutable.
 */
public record ExportOverview(String account, List<String> files, List<String> ignored, boolean complete) {

	public ExportOverview {
		files = List.copyOf(files);
		ignored = List.copyOf(ignored);
	}

	/**
	 * Also refuses a single CSV file that fails its whole-file check (wrong header, NUL
	 * bytes, merge-conflict markers): with nothing else to import, the run cannot do
	 * anything useful. Inside a whole export such a file is rejected on its own and the
	 * rest imports.
	 */
	public static ExportOverview of(Path input, ArchiveLimits limits) {
		try (ExportArchive archive = ExportArchive.open(input, limits)) {
			if (!archive.complete()) {
				requireReadable(archive, archive.entries().get(0));
			}
			return new ExportOverview(AccountDetector.detect(archive),
					archive.entries().stream().map(ExportEntry::path).toList(), archive.ignored(), archive.complete());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void requireReadable(ExportArchive archive, ExportEntry entry) throws IOException {
		try (InputStream in = archive.open(entry)) {
			FileCheck.inspect(in, entry.file()).ifPresent(problem -> {
				throw new NotAnExportException(
						archive.location() + " line " + problem.line() + ": " + problem.reason());
			});
		}
	}
}
