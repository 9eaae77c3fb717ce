package dev.reviewbatch.accounts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads a folder of accounts: one sub-folder per account, named by the account's
 * Letterboxd username; in it, the account's inputs (export ZIPs, unpacked exports, CSVs,
 * feed files, saved pages), imported in name order, and optionally {@code feeds.txt}, one
 * feed URL a line ({@code #} starts a comment), imported after them. Hidden entries are
 * skipped. Anything else is refused with {@link AccountFolderException}, naming the entry
 * and the reason, before anything is imported.
 */
public final class AccountFolder {

	/** The file of an account's feed URLs. */
	public static final String FEEDS = "feeds.txt";

	/** What a Letterboxd username may hold (and so an account folder's name). */
	private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

	private AccountFolder() {
	}

	/** The accounts of {@code folder}, in name order. */
	public static List<Account> read(Path folder) {
		Path root = folder.toAbsolutePath().normalize();
		if (!Files.isDirectory(root)) {
			throw new AccountFolderException(folder + ": not a folder of accounts");
		}
		List<Account> accounts = new ArrayList<>();
		for (Path entry : visibleEntries(root)) {
			if (!Files.isDirectory(entry)) {
				throw new AccountFolderException(entry + ": not an account folder (each account is a folder named "
						+ "by its username, holding its exports and feeds.txt)");
			}
			String name = entry.getFileName().toString();
			if (!NAME.matcher(name).matches()) {
				throw new AccountFolderException(entry + ": '" + name
						+ "' is not an account name (letters, digits, '_', '.' and '-', at most 64)");
			}
			accounts.add(new Account(name, entry, inputsOf(entry)));
		}
		if (accounts.isEmpty()) {
			throw new AccountFolderException(folder + ": holds no account folder");
		}
		return accounts;
	}

	private static List<String> inputsOf(Path account) {
		List<String> inputs = new ArrayList<>();
		Path feeds = null;
		for (Path entry : visibleEntries(account)) {
			if (entry.getFileName().toString().equals(FEEDS)) {
				feeds = entry;
			}
			else {
				inputs.add(entry.toString());
			}
		}
		if (feeds != null) {
			inputs.addAll(feedUrls(feeds));
		}
		if (inputs.isEmpty()) {
			throw new AccountFolderException(account + ": holds nothing to import (an export, a CSV, a feed file, "
					+ "a saved page, or " + FEEDS + ")");
		}
		return inputs;
	}

	private static List<String> feedUrls(Path feeds) {
		List<String> urls = new ArrayList<>();
		List<String> lines = readLines(feeds);
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			if (!line.startsWith("http://") && !line.startsWith("https://")) {
				throw new AccountFolderException(
						feeds + ":" + (i + 1) + ": '" + line + "' is not a feed URL (http:// or https://)");
			}
			urls.add(line);
		}
		return urls;
	}

	private static List<String> readLines(Path file) {
		try {
			return Files.readAllLines(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new AccountFolderException(file + ": cannot be read: " + ex.getMessage());
		}
	}

	private static List<Path> visibleEntries(Path folder) {
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(folder + ": cannot be listed", ex);
		}
	}

	/** A folder of accounts that cannot be used, and why (one line naming the entry). */
	public static final class AccountFolderException extends RuntimeException {

		AccountFolderException(String message) {
			super(message);
		}

	}

}
