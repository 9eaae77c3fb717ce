package dev.reviewbatch.source.letterboxd;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The SHA-256 of every file of an export (its bytes as stored, after unzipping), by its
 * path in the export, so the store can tell a file it already holds whole from a changed
 * one without parsing a row. A file that cannot be read has no checksum (it is refused
 * when imported).
 */
public final class ExportChecksums {

	private ExportChecksums() {
	}

	public static Map<String, String> of(Path input, ArchiveLimits limits) {
		Map<String, String> checksums = new LinkedHashMap<>();
		try (ExportArchive archive = ExportArchive.open(input, limits)) {
			for (ExportEntry entry : archive.entries()) {
				try (InputStream in = archive.open(entry)) {
					checksums.put(entry.path(), sha256(in));
				}
				catch (IOException | UncheckedIOException ex) {
					// refused as a whole by the reader, with the reason
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return checksums;
	}

	private static String sha256(InputStream in) throws IOException {
		MessageDigest digest;
		try {
			digest = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java platform has SHA-256", ex);
		}
		byte[] buffer = new byte[1 << 16];
		int n;
		while ((n = in.read(buffer)) > 0) {
			digest.update(buffer, 0, n);
		}
		return HexFormat.of().formatHex(digest.digest());
	}

}
