package dev.reviewbatch.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file still being written is recognised by its age or by a change between two looks.
 */
class InboxTests {

	@TempDir
	Path dir;

	@Test
	void fileGrowingBetweenTwoLooks_isStillBeingWritten() throws Exception {
		Path file = Files.writeString(dir.resolve("export.zip"), "PK part one");
		Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2025-01-01T00:00:00Z")));
		Inbox inbox = new Inbox(dir, dir.resolve("processed"), Duration.ofSeconds(5),
				Clock.fixed(Instant.parse("2025-01-01T01:00:00Z"), ZoneOffset.UTC));
		InboxFile firstLook = inbox.list().get(0);

		Files.writeString(file, " and part two", StandardOpenOption.APPEND);
		Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2025-01-01T00:00:00Z")));

		assertThat(inbox.stillBeingWritten(firstLook)).contains("size changed from 11 to 24 bytes");
	}

	@Test
	void settledFile_mayBeRead_andMovingNeverOverwrites() throws Exception {
		Path file = Files.writeString(dir.resolve("export.zip"), "PK");
		Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(30)));
		Files.createDirectories(dir.resolve("processed"));
		Files.writeString(dir.resolve("processed/export.zip"), "older");
		Inbox inbox = new Inbox(dir, dir.resolve("processed"), Duration.ofSeconds(5), Clock.systemUTC());
		InboxFile look = inbox.list().get(0);

		assertThat(inbox.stillBeingWritten(look)).isNull();
		assertThat(inbox.moveToProcessed(look)).hasFileName("export-2.zip");
	}

}
