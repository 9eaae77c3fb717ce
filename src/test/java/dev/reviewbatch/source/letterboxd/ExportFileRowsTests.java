package dev.reviewbatch.source.letterboxd;

import dev.reviewbatch.domain.Field;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.reviewbatch.domain.EntryState;
import dev.reviewbatch.domain.RawRow;
import dev.reviewbatch.domain.SourceKind;

class ExportFileRowsTests {

	@Test
	void listFile_withBannerAndBlankLineInsideDescription_yieldsMetadataThenEntries() throws IOException {
		String list = "Letterboxd list export v7\r\nDate,Name,Tags,URL,Description\r\n"
				+ "2024-01-02,Rainy days ,\"cozy, rain\",https://boxd.it/aaaa1,\"First paragraph.\r\n\r\nSecond.\"\r\n"
				+ "\r\nPosition,Name,Year,URL,Description\r\n1,Paterson,2016,https://boxd.it/bb1,\r\n"
				+ "2,\"Lost in Translation\",2003,https://boxd.it/bb2,\"<i>note<i>\r\nline two\"\r\n";

		List<RawRow> rows = read("lists/rainy-days.csv", ExportFile.LIST, list);

		assertThat(rows).extracting(RawRow::kind)
			.containsExactly(SourceKind.LIST, SourceKind.LIST_ENTRY, SourceKind.LIST_ENTRY);
		assertThat(rows.get(0).valueOf(Field.DESCRIPTION)).isEqualTo("First paragraph.\r\n\r\nSecond.");
		assertThat(rows.get(1).valueOf(Field.LIST_URL)).isEqualTo("https://boxd.it/aaaa1");
		assertThat(rows.get(2).valueOf(Field.DESCRIPTION)).isEqualTo("<i>note<i>\r\nline two");
		assertThat(rows).extracting(r -> r.from().line()).containsExactly(3L, 8L, 9L);
	}

	@Test
	void listFile_ofTheOldGenerationWithEmptyFirstLine_readsTheSame() throws IOException {
		String list = "\nDate,Name,Tags,URL,Description\n2020-05-05,Samurai,,https://boxd.it/cc,\n\n"
				+ "Position,Name,Year,URL,Description\n1,Harakiri,1962,https://boxd.it/dd,\n";

		List<RawRow> rows = read("lists/samurai.csv", ExportFile.LIST, list);

		assertThat(rows).extracting(r -> r.valueOf(Field.NAME)).containsExactly("Samurai", "Harakiri");
		assertThat(rows.get(1).valueOf(Field.LIST_NAME)).isEqualTo("Samurai");
	}

	@Test
	void diaryRowWithAFieldTooMany_isUnreadableWithTheCount_andTheNextRowStillReads() throws IOException {
		String diary = ExportFile.DIARY.header() + "\n2024-01-01,Heat,1995,https://boxd.it/x1,4,,,2024-01-01,extra\n"
				+ "2024-01-02,Ran,1985,https://boxd.it/x2,5,,,2024-01-02\n";

		List<RawRow> rows = read("diary.csv", ExportFile.DIARY, diary);

		assertThat(rows.get(0).problem()).isEqualTo("expected 8 fields, found 9");
		assertThat(rows.get(0).from().describe()).isEqualTo("diary.csv line 2");
		assertThat(rows.get(1).problem()).isNull();
		assertThat(rows.get(1).valueOf(Field.NAME)).isEqualTo("Ran");
	}

	@Test
	void rowWithInvalidUtf8_isUnreadableWithTheByteOffset_andTheOtherRowsReadExactly() throws IOException {
		String head = ExportFile.DIARY.header()
				+ "\r\n2024-01-01,Am\u00e9lie,2001,https://boxd.it/u1,4,,,2024-01-01\r\n" + "2024-01-02,Ran";
		byte[] before = head.getBytes(StandardCharsets.UTF_8);
		byte[] after = (" 1985,1985,https://boxd.it/u2,5,,,2024-01-02\r\n2024-01-03,Heat,1995,https://boxd.it/u3,4,,,"
				+ "2024-01-03\r\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] content = new byte[before.length + 1 + after.length];
		System.arraycopy(before, 0, content, 0, before.length);
		content[before.length] = (byte) 0xFF;
		System.arraycopy(after, 0, content, before.length + 1, after.length);

		List<RawRow> rows = readBytes("diary.csv", ExportFile.DIARY, content);

		assertThat(rows).hasSize(3);
		assertThat(rows.get(0).valueOf(Field.NAME)).isEqualTo("Am\u00e9lie");
		assertThat(rows.get(1).problem()).contains("invalid UTF-8 at byte " + before.length);
		assertThat(rows.get(1).from().describe()).isEqualTo("diary.csv line 3");
		assertThat(rows.get(2).problem()).isNull();
		assertThat(rows.get(2).valueOf(Field.NAME)).isEqualTo("Heat");
		assertThat(rows).noneMatch(r -> r.problem() == null && r.raw().contains("\uFFFD"));
	}

	@Test
	void unbalancedQuote_isUnreadable_withTheTextFromTheOpeningQuoteAsRaw() throws IOException {
		String diary = ExportFile.DIARY.header() + "\r\n2024-01-01,Heat,1995,https://boxd.it/q1,4,,,2024-01-01\r\n"
				+ "2024-01-02,\"Ran,1985,https://boxd.it/q2,5,,,2024-01-02\r\n" + "x".repeat(2000) + "\r\n";

		List<RawRow> rows = read("diary.csv", ExportFile.DIARY, diary);

		assertThat(rows).hasSize(2);
		assertThat(rows.get(1).problem()).startsWith("unreadable CSV from here on");
		assertThat(rows.get(1).from().describe()).isEqualTo("diary.csv line 3");
		assertThat(rows.get(1).raw()).startsWith("\"Ran,1985,https://boxd.it/q2").hasSizeLessThanOrEqualTo(501);
	}

	@Test
	void profileRow_keepsOnlyUsernameAndJoinDate() throws IOException {
		String profile = ExportFile.PROFILE.header()
				+ "\n2020-02-02,someone,Some,One,someone@example.org,Here,https://x.example,\"Bio\nline\",They / them,\n";

		RawRow row = read("profile.csv", ExportFile.PROFILE, profile).get(0);

		assertThat(row.fields()).containsOnlyKeys(Field.DATE_JOINED, Field.USERNAME);
		assertThat(row.raw()).doesNotContain("example.org");
	}

	private static List<RawRow> read(String path, ExportFile file, String content) throws IOException {
		return readBytes(path, file, content.getBytes(StandardCharsets.UTF_8));
	}

	private static List<RawRow> readBytes(String path, ExportFile file, byte[] content) throws IOException {
		ExportEntry entry = new ExportEntry(path, file, EntryState.LIVE, content.length);
		List<RawRow> rows = new ArrayList<>();
		try (ExportFileRows reader = new ExportFileRows(entry, "someone", new ByteArrayInputStream(content))) {
			reader.forEachRemaining(rows::add);
		}
		return rows;
	}

}
