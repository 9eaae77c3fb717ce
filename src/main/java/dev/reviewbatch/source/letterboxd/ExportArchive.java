package dev.reviewbatch.source.letterboxd;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/**
 * A Letterboxd export as found on disk: a ZIP read in place, an unpacked folder, or a
 * single CSV file of one. Lists the export's files in import order and opens each as a
 * fresh stream (a file may be read twice: once to check it, once to import it).
 * <p>
 * Not thread-safe. {@link #open(Path, ArchiveLimits)} throws {@link NotAnExportException}
 * for anything that cannot be imported at all, before any row is read.
 */
public interface ExportArchive extends Closeable {

	/**
	 * Import order: profile first (it names the account), then by file kind, live before
	 * deleted/orphaned.
	 */
	Comparator<ExportEntry> IMPORT_ORDER = Comparator.comparing((ExportEntry e) -> e.file().ordinal())
		.thenComparing(ExportEntry::state)
		.thenComparing(ExportEntry::path);

	/** The input as the user named it. */
	Path location();

	/** The export's files, in import order. */
	List<ExportEntry> entries();

	/** Files found that are not part of an export (reported, not imported). */
	List<String> ignored();

	/** True for a whole export (ZIP or folder), false for a single CSV file. */
	boolean complete();

	/** A new stream over the entry's bytes. */
	InputStream open(ExportEntry entry) throws IOException;

	static ExportArchive open(Path location, ArchiveLimits limits) {
		if (!Files.exists(location)) {
			throw new NotAnExportException(location + ": no such file or folder");
		}
		if (Files.isDirectory(location)) {
			return FolderArchive.open(location);
		}
		if (ZipArchive.looksLikeZip(location)) {
			return ZipArchive.open(location, limits);
		}
		return FolderArchive.openSingleFile(location);
	}

}
