package dev.reviewbatch.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.reviewbatch.Fixtures;

/**
 * End-to-end {@code sync} of an inbox: each file imported once by content, duplicates
 * moved without importing, half-written files left for later, and the summary of what
 * changed since the previous sync.
 */
class InboxSyncTests {

	@TempDir
	Path dir;

	@Test
	void duplicateUnderAnotherName_isMovedNotImported_andHalfWrittenFileIsLeft() throws IOException {
		Path inbox = Files.createDirectories(dir.resolve("inbox"));
		settled(Files.copy(Fixtures.SAMPLE_ZIP, inbox.resolve("a-export.zip")));
		settled(Files.copy(Fixtures.SAMPLE_ZIP, inbox.resolve("b-same-export-renamed.zip")));
		Files.writeString(inbox.resolve("c-downloading.zip"), "PK\u0003\u0004 half"); // modified
																						// just
																						// now
		settled(Files.writeString(inbox.resolve("notes.txt"), "not an export"));

		Cli run = sync();

		assertThat(run.exitCode()).as(run.toString()).isZero();
		assertThat(run.out()).contains("a-export.zip: run 1: 138 new, 0 unchanged, 0 updated, 3 rejected; moved to")
			.contains("b-same-export-renamed.zip: same content as a-export.zip (imported in run 1); not imported again")
			.contains("c-downloading.zip: still being written: modified ")
			.contains("notes.txt: not an export ZIP")
			.contains("Since the store began (first sync): 28 new viewings");
		assertThat(names(inbox)).containsExactlyInAnyOrder("c-downloading.zip", "notes.txt", "processed");
		assertThat(names(inbox.resolve("processed"))).containsExactlyInAnyOrder("a-export.zip",
				"b-same-export-renamed.zip");
		assertThat(run.out()).contains("Report: ");
	}

	@Test
	void reDroppedFile_isNotImportedTwice_andANewerExportShowsWhatChangedSinceThePreviousSync() throws IOException {
		Path inbox = Files.createDirectories(dir.resolve("inbox"));
		settled(Files.copy(Fixtures.SAMPLE_ZIP, inbox.resolve("export.zip")));
		assertThat(sync().exitCode()).isZero();
		settled(Files.copy(Fixtures.SAMPLE_ZIP, inbox.resolve("export.zip")));
		settled(zip(Fixtures.NEWER_FOLDER, inbox.resolve("newer-export.zip")));

		Cli second = sync();

		assertThat(second.exitCode()).as(second.toString()).isZero();
		assertThat(second.out()).startsWith("Sync 2 (previous: sync 1 at ")
			.contains("export.zip: same content as export.zip (imported in run 1)")
			.contains("newer-export.zip: run 2: ")
			.contains("Since the previous sync: ")
			.contains("1 ratings changed, 1 reviews edited, 2 gone")
			.contains("(1 import runs)");
		assertThat(names(inbox.resolve("processed"))).containsExactlyInAnyOrder("export.zip", "export-2.zip",
				"newer-export.zip");
		assertThat(dir.resolve("out/runs/sync-2.txt")).content().contains("1 ratings changed");
	}

	@Test
	void emptyInbox_andNoFeeds_isANoOpThatStillSucceeds() throws IOException {
		Files.createDirectories(dir.resolve("inbox"));

		Cli run = sync();

		assertThat(run.exitCode()).as(run.toString()).isZero();
		assertThat(run.out()).contains("Feeds: none configured").contains("Inbox: nothing new");
	}

	@Test
	void missingInbox_exitsWith2() {
		Cli run = Cli.run("sync", "--out", dir.resolve("out").toString(), "--inbox", dir.resolve("nope").toString());

		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.err()).contains("no such folder");
	}

	private Cli sync() {
		return Cli.run("sync", "--out", dir.resolve("out").toString(), "--inbox", dir.resolve("inbox").toString(),
				"--processed", dir.resolve("inbox/processed").toString(), "--settle-seconds", "5");
	}

	private static Path settled(Path file) throws IOException {
		return Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(60)));
	}

	private static List<String> names(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(p -> p.getFileName().toString()).toList();
		}
	}

	private static Path zip(Path folder, Path zip) throws IOException {
		try (OutputStream file = Files.newOutputStream(zip);
				ZipOutputStream out = new ZipOutputStream(file);
				Stream<Path> files = Files.walk(folder)) {
			for (Path path : files.filter(Files::isRegularFile).sorted().toList()) {
				out.putNextEntry(new ZipEntry(folder.relativize(path).toString().replace('\\', '/')));
				Files.copy(path, out);
				out.closeEntry();
			}
		}
		return zip;
	}

}
