package dev.reviewbatch.source.csvformats;

import dev.reviewbatch.domain.Field;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.reviewbatch.domain.ImportItem;
import dev.reviewbatch.domain.RawRow;
import dev.reviewbatch.domain.SourceKind;
import dev.reviewbatch.domain.Viewing;
import dev.reviewbatch.normalize.RowNormalizer;
import dev.reviewbatch.source.ResumingReader;

import static org.assertj.core.api.Assertions.assertThat;

class LetterboxdImportCsvReaderTests {

	/**
	 * Columns in another order than exporters write them, lower-case names, and Rating10
	 * only.
	 */
	private static final String REORDERED_RATING10 = """
			watcheddate,Rating10,Title,Year,Rewatch,imdbID,Tags,Review
			2024-03-01,8,Heat,1995,false,tt0113277,"crime, la","<p>Still <b>great</b>.</p>
			Second line."
			2024-03-02,7,Heat,1995,true,tt0113277,,
			,1,Alien,1979,,tt0078748,,
			,,Solo,2018,,,,
			,,Dune,2021,,,,Review without a date
			2024-03-05,11,Broken,2000,,,,
			""";

	@TempDir
	Path folder;

	@Test
	void read_columnsInAnotherOrderAndRating10Only_rowsInTheExportVocabulary() throws Exception {
		List<RawRow> rows = Rows.all(new LetterboxdImportCsvReader(write("other-tool.csv", REORDERED_RATING10)));

		assertThat(rows).hasSize(6);
		RawRow first = rows.get(0);
		assertThat(first.kind()).isEqualTo(SourceKind.DIARY);
		assertThat(first.fields()).containsEntry(Field.NAME, "Heat")
			.containsEntry(Field.YEAR, "1995")
			.containsEntry(Field.RATING, "4.0")
			.containsEntry(Field.WATCHED_DATE, "2024-03-01")
			.containsEntry(Field.REWATCH, "false")
			.containsEntry(Field.TAGS, "crime, la")
			.containsEntry(Field.REVIEW, "<p>Still <b>great</b>.</p>\nSecond line.")
			.containsEntry(Field.LETTERBOXD_URI, "")
			.containsEntry(Field.IMDB_ID, "tt0113277");
		assertThat(first.from().describe()).isEqualTo("other-tool.csv line 2");
		assertThat(rows.get(1).fields()).containsEntry(Field.RATING, "3.5").containsEntry(Field.REWATCH, "true");
		assertThat(rows.get(1).from().line()).isEqualTo(4);
	}

	@Test
	void read_kindFollowsTheCells_diaryReviewRatingOrWatched() throws Exception {
		List<RawRow> rows = Rows.all(new LetterboxdImportCsvReader(write("other-tool.csv", REORDERED_RATING10)));

		assertThat(rows.subList(0, 5)).extracting(RawRow::kind)
			.containsExactly(SourceKind.DIARY, SourceKind.DIARY, SourceKind.RATING, SourceKind.WATCHED,
					SourceKind.REVIEW);
		assertThat(rows.get(2).fields()).containsEntry(Field.RATING, "0.5");
	}

	@Test
	void read_rating10OutOfRange_unreadableWithTheReason() throws Exception {
		List<RawRow> rows = Rows.all(new LetterboxdImportCsvReader(write("other-tool.csv", REORDERED_RATING10)));

		assertThat(rows.get(5).problem()).isEqualTo("Rating10 \"11\": outside 1–10");
		assertThat(rows.get(5).raw()).isEqualTo("2024-03-05,11,Broken,2000,,,,");
	}

	@Test
	void read_ratingColumnWins_andFilmUriFillsLetterboxdUriOnlyOnRatingRows() throws Exception {
		Path file = write("ours.csv", """
				LetterboxdURI,tmdbID,imdbID,Title,Year,Directors,Rating,Rating10,WatchedDate,Rewatch,Tags,Review
				https://boxd.it/heat,,,Heat,1995,,4.5,2,2024-01-01,Yes,,
				https://boxd.it/heat,,,Heat,1995,,4.5,9,,,,
				""");

		List<RawRow> rows = Rows.all(new LetterboxdImportCsvReader(file));

		assertThat(rows.get(0).fields()).containsEntry(Field.RATING, "4.5")
			.containsEntry(Field.REWATCH, "Yes")
			.containsEntry(Field.LETTERBOXD_URI, "")
			.containsEntry(Field.IMPORT_LETTERBOXD_URI, "https://boxd.it/heat");
		assertThat(rows.get(1).kind()).isEqualTo(SourceKind.RATING);
		assertThat(rows.get(1).fields()).containsEntry(Field.LETTERBOXD_URI, "https://boxd.it/heat");
	}

	@Test
	void read_rows_normalizeIntoViewings() throws Exception {
		List<RawRow> rows = Rows.all(new LetterboxdImportCsvReader(write("other-tool.csv", REORDERED_RATING10)));

		ImportItem item = new RowNormalizer().process(rows.get(1));

		assertThat(item).isInstanceOfSatisfying(Viewing.class, viewing -> {
			assertThat(viewing.rating().halfStars()).isEqualTo(7);
			assertThat(viewing.rewatch()).isTrue();
			assertThat(viewing.uri()).isNull();
		});
	}

	@Test
	void open_afterCommittedRows_skipsThemForItsFileName() throws Exception {
		Path file = write("other-tool.csv", REORDERED_RATING10);

		List<RawRow> rows = Rows.all(new ResumingReader(new LetterboxdImportCsvReader(file),
				source -> "other-tool.csv".equals(source) ? 4L : 0L));

		assertThat(rows).extracting(row -> row.valueOf(Field.NAME)).containsExactly("Dune", null);
	}

	@Test
	void read_spreadsheetDayFirstWatchedDates_settledByADayAbove12_isoWatchedDates() throws Exception {
		Path file = write("resaved.csv", "Title,Year,WatchedDate,Rating\nSaltmarsh,1988,03/04/2024,4\n"
				+ "Quiet Orbit,2021,,3\nThe Keeper's Lantern,2022,21/04/2024,4.5\n");

		List<RawRow> rows = Rows.all(new LetterboxdImportCsvReader(file));

		assertThat(rows).extracting(row -> row.valueOf(Field.WATCHED_DATE))
			.containsExactly("2024-04-03", null, "2024-04-21");
		assertThat(rows).extracting(RawRow::kind)
			.containsExactly(SourceKind.DIARY, SourceKind.RATING, SourceKind.DIARY);
	}

	@Test
	void read_spreadsheetDatesThatCannotBeSettled_wholeFileRefusedWithOneReason() throws Exception {
		Path file = write("resaved.csv",
				"Title,Year,WatchedDate\nSaltmarsh,1988,3/4/2024\nQuiet Orbit,2021,4/3/2024\n");

		List<RawRow> rows = Rows.all(new LetterboxdImportCsvReader(file));

		assertThat(rows).singleElement()
			.satisfies(row -> assertThat(row.problem()).isEqualTo("file refused: WatchedDate dates such as \"3/4/2024\""
					+ " (line 2) read as day/month or month/day, and no date in the file has a day above 12 to tell which;"
					+ " re-save its dates as YYYY-MM-DD"));
	}

	@Test
	void read_headerNotImportFormat_oneUnreadableRowForTheFile() throws Exception {
		Path file = write("diary.csv", "Date,Name,Year,Letterboxd URI,Rating\n2024-01-01,Heat,1995,,4\n");

		List<RawRow> rows = Rows.all(new LetterboxdImportCsvReader(file));

		assertThat(rows).hasSize(1);
		assertThat(rows.get(0).problem()).startsWith("file refused: column \"Date\" is not one of Letterboxd's");
		assertThat(Rows.all(new ResumingReader(new LetterboxdImportCsvReader(file), source -> 1L))).isEmpty();
	}

	@Test
	void read_wrongFieldCount_unreadableRow() throws Exception {
		Path file = write("short.csv", "Title,Year\nHeat,1995,extra\nAlien,1979\n");

		List<RawRow> rows = Rows.all(new LetterboxdImportCsvReader(file));

		assertThat(rows.get(0).problem()).isEqualTo("expected 2 fields, found 3");
		assertThat(rows.get(1).valueOf(Field.NAME)).isEqualTo("Alien");
	}

	@Test
	void read_windows1252File_detected() throws Exception {
		Path file = folder.resolve("cp1252.csv");
		Files.write(file, "Title,Year,Rating\nAmélie,2001,4.5\n".getBytes(TextEncoding.WINDOWS_1252));

		assertThat(Rows.all(new LetterboxdImportCsvReader(file)).get(0).valueOf(Field.NAME)).isEqualTo("Amélie");
	}

	@Test
	void read_unterminatedQuote_endsTheFileWithOneUnreadableRow() throws Exception {
		Path file = write("broken.csv", "Title,Review\nHeat,fine\nAlien,\"never closed\n");

		List<RawRow> rows = Rows.all(new LetterboxdImportCsvReader(file));

		assertThat(rows).hasSize(2);
		assertThat(rows.get(1).problem()).startsWith("unreadable CSV from here on");
		assertThat(rows.get(1).from().line()).isEqualTo(3);
	}

	@Test
	void recognises_anySubsetWithAnIdentifyingColumn() throws Exception {
		assertThat(LetterboxdImportCsvReader.recognises(write("a.csv", "imdbID,Rating10\n"))).isTrue();
		assertThat(LetterboxdImportCsvReader.recognises(write("b.csv", "tmdbID\n1\n"))).isTrue();
		assertThat(LetterboxdImportCsvReader.recognises(write("c.csv", "Rating,WatchedDate\n"))).isFalse();
		assertThat(LetterboxdImportCsvReader.recognises(write("d.csv", "Title,Runtime\n"))).isFalse();
		assertThat(LetterboxdImportCsvReader.recognises(write("e.csv", ""))).isFalse();
		assertThat(
				LetterboxdImportCsvReader.recognises(Path.of("src/test/resources/letterboxd/sample-export/diary.csv")))
			.isFalse();
	}

	private Path write(String name, String text) throws Exception {
		return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
	}

}
