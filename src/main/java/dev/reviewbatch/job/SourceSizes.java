package dev.reviewbatch.job;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dev.reviewbatch.progress.SourceSize;
import dev.reviewbatch.source.ImportSource;
import dev.reviewbatch.source.letterboxd.ArchiveLimits;
import dev.reviewbatch.source.letterboxd.ExportArchive;
import dev.reviewbatch.source.letterboxd.ExportEntry;

/**
 * Sizes the sources of an input before it is read, so progress can show a total from the
 * start: each CSV's bytes (a ZIP's entries by their stated uncompressed size), and its
 * lines and records estimated from its first {@value #SAMPLE_BYTES} bytes. Never throws:
 * a source it cannot size is {@link SourceSize#UNKNOWN}.
 */
public final class SourceSizes {

	static final int SAMPLE_BYTES = 1 << 20;

	private SourceSizes() {
	}

	/** Source name → size, for the sources of {@code overview} (in its read order). */
	public static Map<String, SourceSize> of(String input, ImportSource.Overview overview) {
		try {
			return switch (overview.kind()) {
				case "letterboxd-export" -> export(Path.of(input), overview.files());
				case "pages-and-feeds" -> each(overview.files(), SourceSizes::pageOrFeed);
				default -> each(overview.files(), name -> csvFile(resolve(Path.of(input), name)));
			};
		}
		catch (IOException | RuntimeException ex) {
			return each(overview.files(), name -> SourceSize.UNKNOWN);
		}
	}

	private static Map<String, SourceSize> export(Path input, List<String> files) throws IOException {
		try (ExportArchive archive = ExportArchive.open(input, ArchiveLimits.DEFAULT)) {
			Map<String, SourceSize> sizes = each(files, name -> SourceSize.UNKNOWN);
			for (ExportEntry entry : archive.entries()) {
				if (sizes.containsKey(entry.path()) && entry.size() >= 0) {
					try (InputStream in = archive.open(entry)) {
						sizes.put(entry.path(), estimateCsv(in, entry.size()));
					}
				}
			}
			return sizes;
		}
	}

	private static Path resolve(Path input, String name) {
		return Files.isDirectory(input) ? input.resolve(name) : input;
	}

	private static SourceSize csvFile(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			return estimateCsv(in, Files.size(file));
		}
		catch (IOException | RuntimeException ex) {
			return SourceSize.UNKNOWN;
		}
	}

	private static SourceSize pageOrFeed(String name) {
		try {
			Path file = Path.of(name);
			return Files.isRegularFile(file) ? SourceSize.bytesOnly(Files.size(file)) : SourceSize.UNKNOWN;
		}
		catch (IOException | RuntimeException ex) {
			return SourceSize.UNKNOWN;
		}
	}

	/**
	 * A CSV stream of {@code size} bytes: its lines and its records after the header
	 * line, counted in the sample (a record ends at a line break outside quotes, so
	 * multi-line cells count once) and scaled up when the sample is not the whole stream.
	 */
	static SourceSize estimateCsv(InputStream in, long size) throws IOException {
		byte[] sample = in.readNBytes(SAMPLE_BYTES);
		long newlines = 0;
		long recordEnds = 0;
		boolean quoted = false;
		for (byte b : sample) {
			if (b == '"') {
				quoted = !quoted;
			}
			else if (b == '\n') {
				newlines++;
				if (!quoted) {
					recordEnds++;
				}
			}
		}
		if (sample.length < SAMPLE_BYTES || sample.length >= size) {
			boolean unterminated = sample.length > 0 && sample[sample.length - 1] != '\n';
			long lines = newlines + (unterminated ? 1 : 0);
			return new SourceSize(sample.length, lines, Math.max(0, recordEnds + (unterminated ? 1 : 0) - 1));
		}
		double scale = (double) size / sample.length;
		return new SourceSize(size, Math.round(newlines * scale), Math.max(0, Math.round(recordEnds * scale) - 1));
	}

	private static Map<String, SourceSize> each(List<String> names, Function<String, SourceSize> size) {
		Map<String, SourceSize> sizes = new LinkedHashMap<>();
		names.forEach(name -> sizes.put(name, size.apply(name)));
		return sizes;
	}

}
