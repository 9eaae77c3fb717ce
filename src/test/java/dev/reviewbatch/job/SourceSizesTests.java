package dev.reviewbatch.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.reviewbatch.progress.SourceSize;
import dev.reviewbatch.source.ImportSource;

class SourceSizesTests {

	private static final String DIARY_HEADER = "Date,Name,Year,Letterboxd URI,Rating,Rewatch,Tags,Watched Date\r\n";

	@TempDir
	Path dir;

	@Test
	void estimateCsv_smallStream_countsExactly_evenWithoutAFinalNewline() throws IOException {
		assertThat(SourceSizes.estimateCsv(stream("h\na\nb"), 5)).isEqualTo(new SourceSize(5, 3, 2));
		assertThat(SourceSizes.estimateCsv(stream("h\na\n"), 4)).isEqualTo(new SourceSize(4, 2, 1));
	}

	@Test
	void estimateCsv_aQuotedCellOverSeveralLines_isOneRecord() throws IOException {
		String csv = "Name,Review\nHeat,\"one\n\ntwo \"\"quoted\"\"\"\nRonin,short\n";

		assertThat(SourceSizes.estimateCsv(stream(csv), csv.length())).isEqualTo(new SourceSize(csv.length(), 5, 2));
	}

	@Test
	void estimateCsv_streamLargerThanTheSample_scalesTheSampleWithinOnePercent() throws IOException {
		String line = "2021-03-14,Some film title here,1986,https://boxd.it/abcdef,3,,tags,1994-07-09\r\n";
		int lines = 3 * SourceSizes.SAMPLE_BYTES / line.length();
		byte[] bytes = line.repeat(lines).getBytes(StandardCharsets.UTF_8);

		SourceSize estimate = SourceSizes.estimateCsv(new ByteArrayInputStream(bytes), bytes.length);

		assertThat(estimate.bytes()).isEqualTo(bytes.length);
		assertThat(estimate.lines()).isBetween(lines - lines / 100L, lines + lines / 100L);
		assertThat(estimate.records()).isBetween(lines - lines / 100L, lines + lines / 100L);
	}

	@Test
	void exportFolderAndZip_sizeEachCsvByItsBytesAndLines() throws IOException {
		Path folder = Files.createDirectories(dir.resolve("export"));
		String diary = DIARY_HEADER + "2021-03-14,Heat,1995,https://boxd.it/a,4,,,2021-03-13\r\n".repeat(250);
		Files.writeString(folder.resolve("diary.csv"), diary);
		Path zip = dir.resolve("export.zip");
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
			out.putNextEntry(new ZipEntry("diary.csv"));
			out.write(diary.getBytes(StandardCharsets.UTF_8));
			out.closeEntry();
		}
		ImportSource.Overview overview = new ImportSource.Overview("letterboxd-export", "", List.of("diary.csv"),
				List.of(), true);

		for (Path input : List.of(folder, zip)) {
			Map<String, SourceSize> sizes = SourceSizes.of(input.toString(), overview);

			assertThat(sizes).containsEntry("diary.csv", new SourceSize(diary.length(), 251, 250));
		}
	}

	@Test
	void unreadableInput_sizesAreUnknown_neverAnError() {
		ImportSource.Overview overview = new ImportSource.Overview("letterboxd-export", "", List.of("diary.csv"),
				List.of(), true);

		assertThat(SourceSizes.of(dir.resolve("gone.zip").toString(), overview))
			.containsExactlyEntriesOf(Map.of("diary.csv", SourceSize.UNKNOWN));
	}

	private static ByteArrayInputStream stream(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

}
