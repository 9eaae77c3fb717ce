package dev.reviewbatch.source.letterboxd;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * An export ZIP read in place through its central directory, never unpacked to disk.
 * Refuses, before any row is read: a damaged or truncated archive, an entry whose path
 * leaves the archive ({@code ..}, absolute paths), and an archive that would inflate past
 * {@link ArchiveLimits}. While reading, each entry is also cut off at its declared size,
 * so a lying header cannot inflate further.
 */
final class ZipArchive implements ExportArchive {

	private final Path location;

	private final ZipFile zip;

	private final List<ExportEntry> entries;

	private final List<String> ignored;

	private final String rootPrefix;

	private ZipArchive(Path location, ZipFile zip, String rootPrefix, List<ExportEntry> entries, List<String> ignored) {
		this.location = location;
		this.zip = zip;
		this.rootPrefix = rootPrefix;
		this.entries = entries;
		this.ignored = ignored;
	}

	static boolean looksLikeZip(Path file) {
		if (file.getFileName().toString().toLowerCase().endsWith(".zip")) {
			return true;
		}
		try (InputStream in = Files.newInputStream(file)) {
			byte[] magic = in.readNBytes(2);
			return magic.length == 2 && magic[0] == 'P' && magic[1] == 'K';
		}
		catch (IOException ex) {
			return false;
		}
	}

	static ZipArchive open(Path location, ArchiveLimits limits) {
		ZipFile zip;
		try {
			zip = new ZipFile(location.toFile(), StandardCharsets.UTF_8);
		}
		catch (ZipException ex) {
			throw new NotAnExportException(
					location + ": not a readable ZIP archive (truncated or damaged?): " + ex.getMessage(), ex);
		}
		catch (IOException ex) {
			throw new NotAnExportException(location + ": cannot read: " + ex.getMessage(), ex);
		}
		try {
			return scan(location, zip, limits);
		}
		catch (RuntimeException ex) {
			closeQuietly(zip);
			throw ex;
		}
	}

	private static ZipArchive scan(Path location, ZipFile zip, ArchiveLimits limits) {
		List<String> names = new ArrayList<>();
		long total = 0;
		for (ZipEntry entry : Collections.list(zip.entries())) {
			requireSafeName(location, entry.getName());
			requireSaneSize(location, entry, limits);
			total += Math.max(entry.getSize(), 0);
			if (total > limits.maxUnpackedBytes()) {
				throw new NotAnExportException(location + ": refusing to read: it would inflate to more than "
						+ mebibytes(limits.maxUnpackedBytes()) + " MiB (a ZIP bomb?)");
			}
			if (!entry.isDirectory()) {
				names.add(entry.getName());
			}
		}
		String prefix = ExportLayout.rootPrefix(names);
		ExportLayout layout = ExportLayout.classify(location, names, prefix, name -> zip.getEntry(name).getSize());
		return new ZipArchive(location, zip, prefix, layout.entries(), layout.ignored());
	}

	private static void requireSafeName(Path location, String name) {
		String normalized = name.replace('\\', '/');
		boolean escapes = normalized.startsWith("/") || normalized.matches("^[A-Za-z]:.*")
				|| ("/" + normalized + "/").contains("/../");
		if (escapes) {
			throw new NotAnExportException(
					location + ": refusing to read: entry '" + name + "' points outside the archive");
		}
	}

	private static void requireSaneSize(Path location, ZipEntry entry, ArchiveLimits limits) {
		long size = entry.getSize();
		long compressed = entry.getCompressedSize();
		if (size > limits.ratioCheckAboveBytes() && compressed > 0
				&& size / compressed > limits.maxCompressionRatio()) {
			throw new NotAnExportException(location + ": refusing to read: entry '" + entry.getName() + "' inflates "
					+ size / compressed + ":1 to " + mebibytes(size) + " MiB (a ZIP bomb?)");
		}
	}

	@Override
	public Path location() {
		return location;
	}

	@Override
	public List<ExportEntry> entries() {
		return entries;
	}

	@Override
	public List<String> ignored() {
		return ignored;
	}

	@Override
	public boolean complete() {
		return true;
	}

	@Override
	public InputStream open(ExportEntry entry) throws IOException {
		ZipEntry zipEntry = Optional.ofNullable(zip.getEntry(rootPrefix + entry.path()))
			.orElseThrow(() -> new IOException(location + ": entry " + entry.path() + " vanished"));
		return new CappedInputStream(zip.getInputStream(zipEntry), zipEntry.getSize(), location + "!" + entry.path());
	}

	@Override
	public void close() throws IOException {
		zip.close();
	}

	private static long mebibytes(long bytes) {
		return bytes >> 20;
	}

	private static void closeQuietly(ZipFile zip) {
		try {
			zip.close();
		}
		catch (IOException ignored) {
			// already failing with a better message
		}
	}

	/** Fails the read once an entry inflates past its declared size. */
	private static final class CappedInputStream extends FilterInputStream {

		private final long cap;

		private final String name;

		private long count;

		CappedInputStream(InputStream in, long declaredSize, String name) {
			super(in);
			this.cap = declaredSize < 0 ? ArchiveLimits.DEFAULT.maxUnpackedBytes() : declaredSize;
			this.name = name;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				add(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0) {
				add(n);
			}
			return n;
		}

		private void add(long n) throws IOException {
			count += n;
			if (count > cap) {
				throw new IOException(name + ": inflates past its declared size of " + cap + " bytes (a ZIP bomb?)");
			}
		}

	}

}
