package dev.reviewbatch.sink.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class NumberedCsvFilesTests {

	@TempDir
	Path folder;

	@Test
	void write_recordThatWouldReachTheLimit_startsTheNextFile() throws IOException {
		NumberedCsvFiles files = new NumberedCsvFiles(folder, "x", List.of("a"), 10);
		files.write(List.of("1234")); // header "a\n" 2 bytes + "1234\n" 5 bytes = 7
		files.write(List.of("12")); // 7 + 3 = 10: not under 10
		files.close();

		assertThat(files.files()).containsExactly(folder.resolve("x-001.csv"), folder.resolve("x-002.csv"));
		assertThat(Files.readString(folder.resolve("x-001.csv"))).isEqualTo("a\n1234\n");
		assertThat(Files.readString(folder.resolve("x-002.csv"))).isEqualTo("a\n12\n");
	}

	@Test
	void write_bytesCountedAsUtf8() throws IOException {
		NumberedCsvFiles files = new NumberedCsvFiles(folder, "x", List.of("a"), 10);
		files.write(List.of("★★")); // 6 bytes + LF; 2 + 7 = 9
		files.write(List.of("")); // 1 byte; 9 + 1 = 10
		files.close();

		assertThat(files.files()).hasSize(2);
	}

	@Test
	void write_recordTooBigForAnyFile_getsAFileToItselfAndIsCounted() throws IOException {
		NumberedCsvFiles files = new NumberedCsvFiles(folder, "x", List.of("a"), 10);
		files.write(List.of("1"));
		files.write(List.of("0123456789"));
		files.write(List.of("2"));
		files.close();

		assertThat(files.files()).hasSize(3);
		assertThat(Files.readString(folder.resolve("x-002.csv"))).isEqualTo("a\n0123456789\n");
		assertThat(files.oversized()).isEqualTo(1);
	}

	@Test
	void close_withoutRecords_writesTheHeaderOnly() throws IOException {
		NumberedCsvFiles files = new NumberedCsvFiles(folder, "x", List.of("a", "b"), 10);
		files.close();
		files.close();

		assertThat(files.files()).containsExactly(folder.resolve("x-001.csv"));
		assertThat(Files.readString(folder.resolve("x-001.csv"))).isEqualTo("a,b\n");
	}

}
