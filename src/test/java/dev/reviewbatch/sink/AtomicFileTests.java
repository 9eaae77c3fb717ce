package dev.reviewbatch.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16: one atomic-file write for every sink. While the content is being written the
 * target shows the previous file (or none); a failure leaves the previous file as it was.
 */
class AtomicFileTests {

	@TempDir
	Path dir;

	@Test
	void write_whileWriting_targetStillHoldsThePreviousFile() throws IOException {
		Path target = Files.writeString(dir.resolve("summary.csv"), "old\n");

		AtomicFile.write(target, out -> {
			out.write("new, first half\n");
			out.flush();
			assertThat(target).hasContent("old");
			assertThat(AtomicFile.partial(target)).hasContent("new, first half");
			out.write("new, second half\n");
			return null;
		});

		assertThat(target).hasContent("new, first half\nnew, second half");
		assertThat(AtomicFile.partial(target)).doesNotExist();
	}

	@Test
	void write_newFile_doesNotExistUntilComplete() {
		Path target = dir.resolve("data/clean.csv");

		long rows = AtomicFile.write(target, out -> {
			out.write("a\nb\n");
			out.flush();
			assertThat(target).doesNotExist();
			return 2L;
		});

		assertThat(rows).isEqualTo(2);
		assertThat(target).hasContent("a\nb");
	}

	@Test
	void write_failingContent_leavesThePreviousFileIntact_andNamesTheTarget() throws IOException {
		Path target = Files.writeString(dir.resolve("run.json"), "{\"previous\": true}\n");

		assertThatThrownBy(() -> AtomicFile.write(target, out -> {
			out.write("{\"half\":");
			throw new IOException("disk full");
		})).isInstanceOf(UncheckedIOException.class).hasMessage("cannot write " + target + ": disk full");

		assertThat(target).hasContent("{\"previous\": true}");
	}

	@Test
	void writeString_replacesTheFile_inUtf8_andCreatesItsFolder() {
		Path target = dir.resolve("reports/summary.md");
		AtomicFile.writeString(target, "first");

		AtomicFile.writeString(target, "★★★½\n");

		assertThat(target).hasContent("★★★½");
		assertThat(dir.resolve("reports")).isDirectoryNotContaining("glob:**.partial");
	}

	@Test
	void partialThenCommit_streamingWriters_moveTheFinishedFileIntoPlace() throws IOException {
		Path target = Files.writeString(dir.resolve("export-001.csv"), "old");
		Path partial = AtomicFile.partial(target);
		Files.writeString(partial, "new");

		assertThat(partial.getFileName()).hasToString("export-001.csv.partial");
		assertThat(target).hasContent("old");
		AtomicFile.commit(target);

		assertThat(target).hasContent("new");
		assertThat(partial).doesNotExist();
	}

}
