package dev.reviewbatch.source.letterboxd;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import dev.reviewbatch.domain.Provenance;
import dev.reviewbatch.domain.RawRow;
import dev.reviewbatch.domain.Rejection;

/**
 * Reads every file of a Letterboxd export, in {@link ExportArchive#IMPORT_ORDER}, as raw
 * rows.
 * <p>
 * Contract: each file is first checked as a whole ({@link FileCheck}); a file that fails
 * yields exactly one unreadable row naming the file, line and reason, and none of its
 * rows. Every other record yields exactly one row, readable or not, so "rows read" per
 * file always reconciles.
 * <p>
 * Restart: reads from the start; {@link dev.reviewbatch.source.ResumingReader} passes
 * over what this run already committed. A file {@code heldWhole} names (the store holds
 * it unchanged since the account's last import) is not read at all, unless it is refused.
 * Not thread-safe.
 */
public class LetterboxdExportReader implements ItemStreamReader<RawRow> {

	private final Path input;

	private final ArchiveLimits limits;

	private final Predicate<String> heldWhole;

	private ExportArchive archive;

	private String account = "";

	private final Map<String, FileCheck.Problem> problems = new LinkedHashMap<>();

	private int fileIndex = -1;

	private ExportFileRows rows;

	private boolean fileOpen;

	/**
	 * @param heldWhole true for a file (by its path in the export) the store already
	 * holds whole
	 */
	public LetterboxdExportReader(Path input, ArchiveLimits limits, Predicate<String> heldWhole) {
		this.input = input;
		this.limits = limits;
		this.heldWhole = heldWhole;
	}

	@Override
	public void open(ExecutionContext context) {
		archive = ExportArchive.open(input, limits);
		account = AccountDetector.detect(archive);
		for (ExportEntry entry : archive.entries()) {
			inspect(entry).ifPresent(problem -> problems.put(entry.path(), problem));
		}
	}

	/**
	 * The account the export belongs to ({@code ""} when unknown); valid after
	 * {@link #open}.
	 */
	public String account() {
		return account;
	}

	/** The files read, in order; valid after {@link #open}. */
	public List<ExportEntry> entries() {
		return archive.entries();
	}

	/**
	 * True when the input is a whole export rather than one of its files; valid after
	 * {@link #open}.
	 */
	public boolean completeExport() {
		return archive.complete();
	}

	/** Files in the input that are not part of an export; valid after {@link #open}. */
	public List<String> ignored() {
		return archive.ignored();
	}

	@Override
	public RawRow read() {
		while (true) {
			if (!fileOpen && !openNextFile()) {
				return null;
			}
			ExportEntry entry = currentEntry();
			if (problems.containsKey(entry.path())) {
				fileOpen = false;
				return refusedFile(entry);
			}
			if (rows.hasNext()) {
				return rows.next();
			}
			closeRows();
			fileOpen = false;
		}
	}

	@Override
	public void close() {
		closeRows();
		if (archive != null) {
			try {
				archive.close();
			}
			catch (IOException ex) {
				throw new ItemStreamException("closing " + input, ex);
			}
		}
	}

	private boolean openNextFile() {
		fileIndex++;
		while (fileIndex < archive.entries().size() && !problems.containsKey(currentEntry().path())
				&& heldWhole.test(currentEntry().path())) {
			fileIndex++;
		}
		if (fileIndex >= archive.entries().size()) {
			return false;
		}
		ExportEntry entry = currentEntry();
		fileOpen = true;
		if (problems.containsKey(entry.path())) {
			return true;
		}
		try {
			rows = new ExportFileRows(entry, account, archive.open(entry));
		}
		catch (IOException ex) {
			throw new ItemStreamException(input + ": cannot read " + entry.path() + ": " + ex.getMessage(), ex);
		}
		return true;
	}

	private Optional<FileCheck.Problem> inspect(ExportEntry entry) {
		try (InputStream in = archive.open(entry)) {
			return FileCheck.inspect(in, entry.file());
		}
		catch (IOException | UncheckedIOException ex) {
			return Optional.of(new FileCheck.Problem(1, "cannot read: " + ex.getMessage()));
		}
	}

	private RawRow refusedFile(ExportEntry entry) {
		FileCheck.Problem problem = problems.get(entry.path());
		return RawRow.unreadable(entry.file().kind(), entry.state(), account,
				new Provenance.CsvLine(entry.path(), problem.line()), "", Rejection.FILE_REFUSED + problem.reason());
	}

	private ExportEntry currentEntry() {
		return archive.entries().get(fileIndex);
	}

	private void closeRows() {
		if (rows != null) {
			try {
				rows.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			rows = null;
		}
	}

}
