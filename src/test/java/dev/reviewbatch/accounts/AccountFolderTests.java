package dev.reviewbatch.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder of accounts is read in name order, or refused naming the entry and why. */
class AccountFolderTests {

	@TempDir
	Path folder;

	@Test
	void accounts_inNameOrder_withFeedsLast_andHiddenEntriesSkipped() throws Exception {
		Files.createDirectories(folder.resolve("bob"));
		Files.writeString(folder.resolve("bob/letterboxd-bob.zip"), "zip");
		Files.createDirectories(folder.resolve("alice"));
		Files.writeString(folder.resolve("alice/b-diary.csv"), "csv");
		Files.writeString(folder.resolve("alice/a-export.zip"), "zip");
		Files.writeString(folder.resolve("alice/.DS_Store"), "x");
		Files.writeString(folder.resolve("alice/feeds.txt"),
				"# alice's feed\n\nhttps://letterboxd.com/alice/rss/\n  http://example.org/feed  \n");
		Files.createDirectories(folder.resolve(".trash"));

		assertThat(AccountFolder.read(folder)).extracting(Account::name).containsExactly("alice", "bob");
		Account alice = AccountFolder.read(folder).get(0);
		assertThat(alice.inputs()).containsExactly(folder.resolve("alice/a-export.zip").toString(),
				folder.resolve("alice/b-diary.csv").toString(), "https://letterboxd.com/alice/rss/",
				"http://example.org/feed");
	}

	@Test
	void aFileBesideTheAccountFolders_isRefusedByName() throws Exception {
		Files.createDirectories(folder.resolve("alice"));
		Files.writeString(folder.resolve("alice/export.zip"), "zip");
		Files.writeString(folder.resolve("notes.txt"), "x");

		assertThatThrownBy(() -> AccountFolder.read(folder)).isInstanceOf(AccountFolder.AccountFolderException.class)
			.hasMessage(folder.resolve("notes.txt") + ": not an account folder (each account is a folder named by its "
					+ "username, holding its exports and feeds.txt)");
	}

	@Test
	void anAccountWithNothingToImport_orABadName_orABadFeedLine_isRefused() throws Exception {
		Files.createDirectories(folder.resolve("empty"));
		assertThatThrownBy(() -> AccountFolder.read(folder))
			.hasMessageStartingWith(folder.resolve("empty") + ": holds nothing to import");

		Files.delete(folder.resolve("empty"));
		Files.createDirectories(folder.resolve("two words"));
		assertThatThrownBy(() -> AccountFolder.read(folder)).hasMessageContaining("'two words' is not an account name");

		Files.delete(folder.resolve("two words"));
		Files.createDirectories(folder.resolve("carol"));
		Files.writeString(folder.resolve("carol/feeds.txt"), "https://letterboxd.com/carol/rss/\nletterboxd.com/x\n");
		assertThatThrownBy(() -> AccountFolder.read(folder)).hasMessage(
				folder.resolve("carol/feeds.txt") + ":2: 'letterboxd.com/x' is not a feed URL (http:// or https://)");
	}

	@Test
	void aFolderWithoutAccounts_orNoFolder_isRefused() throws Exception {
		assertThatThrownBy(() -> AccountFolder.read(folder)).hasMessage(folder + ": holds no account folder");
		assertThatThrownBy(() -> AccountFolder.read(folder.resolve("missing")))
			.hasMessage(folder.resolve("missing") + ": not a folder of accounts");
	}

}
