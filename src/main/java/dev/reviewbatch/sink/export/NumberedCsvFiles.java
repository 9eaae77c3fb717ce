package dev.reviewbatch.sink.export;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import dev.reviewbatch.sink.AtomicFile;

/**
 * CSV records spread over numbered files ({@code <prefix>-001.csv}, {@code -002}, …),
 * each starting with the header and each under {@code maxBytes} as written (UTF-8). A
 * record is never split: when it would not fit, the next file starts. A record too big
 * for any file gets a file to itself and is counted in {@link #oversized()}.
 * <p>
 * Files are written beside their target ({@code .partial}) and moved into place when
 * full; numbered files of an earlier run in the folder are deleted first. At least one
 * file is written, even with no records. Not thread-safe; closing twice is harmless.
 */
final class NumberedCsvFiles implements Closeable {

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

	private final Path folder;

	private final String prefix;

	private final byte[] header;

	private final long maxBytes;

	private final List<Path> files = new ArrayList<>();

	private final StringBuilder text = new StringBuilder();

	private final CSVPrinter printer;

	private OutputStream current;

	private long bytesInCurrent;

	private long recordsInCurrent;

	private int oversized;

	private boolean closed;

	NumberedCsvFiles(Path folder, String prefix, List<String> header, long maxBytes) {
		this.folder = folder;
		this.prefix = prefix;
		this.maxBytes = maxBytes;
		try {
			this.printer = new CSVPrinter(text, FORMAT);
			this.header = encode(header);
			Files.createDirectories(folder);
			deleteEarlierFiles();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write into " + folder + ": " + ex.getMessage(), ex);
		}
	}

	/** Writes one record; {@code null} cells are written empty. */
	void write(List<String> cells) {
		try {
			byte[] record = encode(cells);
			boolean fits = bytesInCurrent + record.length < maxBytes;
			if (current == null || !fits && recordsInCurrent > 0) {
				startFile();
			}
			if (bytesInCurrent + record.length >= maxBytes) {
				oversized++;
			}
			current.write(record);
			bytesInCurrent += record.length;
			recordsInCurrent++;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write " + currentPath() + ": " + ex.getMessage(), ex);
		}
	}

	/** The files written so far, in order. */
	List<Path> files() {
		return List.copyOf(files);
	}

	/** Records that did not fit under the limit even alone in a file. */
	int oversized() {
		return oversized;
	}

	@Override
	public void close() {
		if (closed) {
			return;
		}
		closed = true;
		try {
			if (current == null) {
				startFile();
			}
			finishFile();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write " + currentPath() + ": " + ex.getMessage(), ex);
		}
	}

	private void startFile() throws IOException {
		finishFile();
		files.add(folder.resolve(String.format("%s-%03d.csv", prefix, files.size() + 1)));
		current = Files.newOutputStream(AtomicFile.partial(currentPath()));
		current.write(header);
		bytesInCurrent = header.length;
		recordsInCurrent = 0;
	}

	private void finishFile() throws IOException {
		if (current == null) {
			return;
		}
		current.close();
		current = null;
		AtomicFile.commit(currentPath());
	}

	private byte[] encode(List<String> cells) throws IOException {
		text.setLength(0);
		printer.printRecord(cells);
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

	private void deleteEarlierFiles() throws IOException {
		try (DirectoryStream<Path> earlier = Files.newDirectoryStream(folder,
				path -> path.getFileName()
					.toString()
					.matches(java.util.regex.Pattern.quote(prefix) + "-\\d+\\.csv(\\.partial)?"))) {
			for (Path path : earlier) {
				Files.delete(path);
			}
		}
	}

	private Path currentPath() {
		return files.isEmpty() ? folder : files.get(files.size() - 1);
	}

}
