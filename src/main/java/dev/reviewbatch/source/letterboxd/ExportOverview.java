package dev.reviewbatch.source.letterboxd;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * What an export holds, found without importing anything: its account, its files in import order, the files
 * that are not part of an export, and whether it is a whole export. {@link #of} validates the input on the way
 * (a damaged or unsafe ZIP, a path that is no export, throw {@link NotAnExportException}). Immutable.
 */
public record ExportOverview(String account, List<String> files, List<String> ignored, boolean complete) {

	public ExportOverview {
		files = List.copyOf(files);
		ignored = List.copyOf(ignored);
	}

	public static ExportOverview of(Path input, ArchiveLimits limits) {
		try (ExportArchive archive = ExportArchive.open(input, limits)) {
			return new ExportOverview(AccountDetector.detect(archive),
					archive.entries().stream().map(ExportEntry::path).toList(), archive.ignored(), archive.complete());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
