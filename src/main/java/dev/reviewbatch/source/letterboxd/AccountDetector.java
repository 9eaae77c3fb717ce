package dev.reviewbatch.source.letterboxd;

import dev.reviewbatch.domain.EntryState;
import dev.reviewbatch.domain.Field;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the account an export belongs to: the username in profile.csv, else the one in
 * Letterboxd's ZIP name ({@code letterboxd-<username>-YYYY-MM-DD-HH-MM-utc.zip}), else
 * {@code ""} (unknown).
 */
final class AccountDetector {

	private static final Pattern EXPORT_NAME = Pattern
		.compile("^letterboxd-(.+)-\\d{4}-\\d{2}-\\d{2}-\\d{2}-\\d{2}-utc(?:\\.zip)?$");

	private AccountDetector() {
	}

	static String detect(ExportArchive archive) {
		for (ExportEntry entry : archive.entries()) {
			if (entry.file() == ExportFile.PROFILE && entry.state() == EntryState.LIVE) {
				String username = usernameIn(archive, entry);
				if (!username.isEmpty()) {
					return username;
				}
			}
		}
		Matcher name = EXPORT_NAME.matcher(archive.location().getFileName().toString());
		return name.matches() ? name.group(1) : "";
	}

	private static String usernameIn(ExportArchive archive, ExportEntry profile) {
		try (InputStream in = archive.open(profile); ExportFileRows rows = new ExportFileRows(profile, "", in)) {
			if (rows.hasNext()) {
				String username = rows.next().valueOf(Field.USERNAME);
				return username == null ? "" : username.strip();
			}
			return "";
		}
		catch (IOException | UncheckedIOException ex) {
			return "";
		}
	}

}
