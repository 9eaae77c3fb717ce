package dev.reviewbatch.source.letterboxd;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class FileCheckTests {

	@Test
	void exactHeader_withCrlfAndBom_passes() throws IOException {
		assertThat(check("\uFEFF" + ExportFile.RATINGS.header() + "\r\n2024-01-01,Heat,1995,https://boxd.it/a,4\r\n",
				ExportFile.RATINGS))
			.isEmpty();
	}

	@Test
	void headerOnlyFile_passes_butEmptyFileDoesNot() throws IOException {
		assertThat(check(ExportFile.DIARY.header() + "\r\n", ExportFile.DIARY)).isEmpty();
		assertThat(check("", ExportFile.DIARY)).get()
			.extracting(FileCheck.Problem::reason)
			.asString()
			.startsWith("empty file");
	}

	@Test
	void reorderedHeader_isRefusedNamingBothHeaders() throws IOException {
		Optional<FileCheck.Problem> problem = check("Name,Date,Year,Letterboxd URI\n", ExportFile.WATCHED);

		assertThat(problem).get().satisfies(p -> {
			assertThat(p.line()).isEqualTo(1);
			assertThat(p.reason())
				.isEqualTo("header is \"Name,Date,Year,Letterboxd URI\", expected \"Date,Name,Year,Letterboxd URI\"");
		});
	}

	@Test
	void mergeConflictMarkers_areFoundWithTheirLines_butALoneSeparatorInsideAReviewIsNot() throws IOException {
		String conflict = ExportFile.DIARY.header() + "\n<<<<<<< HEAD\na\n=======\nb\n>>>>>>> main\n";
		String separator = ExportFile.REVIEWS.header()
				+ "\n2024-01-01,Heat,1995,u,4,,\"part one\n=======\npart two\",,\n";

		assertThat(check(conflict, ExportFile.DIARY)).get().extracting(FileCheck.Problem::line).isEqualTo(2L);
		assertThat(check(separator, ExportFile.REVIEWS)).isEmpty();
	}

	@Test
	void utf16File_withOrWithoutByteOrderMark_isReportedAsUtf16_notAsNulBytes() throws IOException {
		String text = ExportFile.RATINGS.header() + "\r\n2024-01-01,Heat,1995,https://boxd.it/a,4\r\n";
		for (java.nio.charset.Charset utf16 : java.util.List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
			for (String content : java.util.List.of("\uFEFF" + text, text)) {
				Optional<FileCheck.Problem> problem = FileCheck
					.inspect(new ByteArrayInputStream(content.getBytes(utf16)), ExportFile.RATINGS);

				assertThat(problem).get()
					.extracting(FileCheck.Problem::reason)
					.asString()
					.as(utf16 + (content.startsWith("\uFEFF") ? " with BOM" : " without BOM"))
					.contains("is UTF-16")
					.contains("the export is UTF-8")
					.doesNotContain("contains NUL bytes");
			}
		}
	}

	@Test
	void listFile_needsBannerOrEmptyLineBeforeItsHeader() throws IOException {
		assertThat(check("\nDate,Name,Tags,URL,Description\n", ExportFile.LIST)).isEmpty();
		assertThat(check("Letterboxd list export v7\nDate,Name,Tags,URL,Description\n", ExportFile.LIST)).isEmpty();
		assertThat(check("Date,Name,Tags,URL,Description\n", ExportFile.LIST)).isPresent();
	}

	private static Optional<FileCheck.Problem> check(String content, ExportFile file) throws IOException {
		return FileCheck.inspect(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), file);
	}

}
