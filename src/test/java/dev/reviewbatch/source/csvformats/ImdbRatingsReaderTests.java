package dev.reviewbatch.source.csvformats;

import dev.reviewbatch.domain.Field;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.reviewbatch.domain.RawRow;
import dev.reviewbatch.domain.SourceKind;
import dev.reviewbatch.normalize.RatingNormalizer;
import dev.reviewbatch.source.ResumingReader;

import static org.assertj.core.api.Assertions.assertThat;

class ImdbRatingsReaderTests {

	private static final Path IMDB = Path.of("src/test/resources/imdb");

	private static final Path OLD_CP1252 = IMDB.resolve("ratings-old-header-windows-1252.csv");

	private static final Path NEW_UTF8 = IMDB.resolve("ratings-new-header-utf8.csv");

	private static final Path ITALIAN = IMDB.resolve("ratings-italian-utf8-bom.csv");

	@Test
	void read_oldHeaderWindows1252_decodedAsWindows1252() throws Exception {
		List<RawRow> rows = Rows.all(new ImdbRatingsReader(OLD_CP1252));

		assertThat(rows).hasSize(8);
		List<RawRow> ratings = Rows.readable(rows);
		assertThat(ratings).extracting(row -> row.valueOf(Field.NAME))
			.containsExactly("Amélie", "Caché", "The Big Lebowski", "Cowboy Bebop: Tengoku no Tobira", "Geri’s Game");
		assertThat(ratings).extracting(row -> row.valueOf(Field.RATING))
			.containsExactly("4.5", "3.5", "4.0", "0.5", "3.0");
		assertThat(ratings).allSatisfy(row -> assertThat(row.kind()).isEqualTo(SourceKind.RATING));
		assertThat(ratings.get(0).fields()).containsEntry(Field.DATE, "2019-03-02")
			.containsEntry(Field.YEAR, "2001")
			.containsEntry(Field.IMDB_ID, "tt0211915");
		assertThat(ratings.get(0).from().describe()).isEqualTo("ratings-old-header-windows-1252.csv line 2");
	}

	@Test
	void read_newHeaderUtf8_readsByColumnNameWithOriginalTitleAlong() throws Exception {
		List<RawRow> ratings = Rows.readable(Rows.all(new ImdbRatingsReader(NEW_UTF8)));

		assertThat(ratings).extracting(row -> row.valueOf(Field.NAME))
			.containsExactly("Spirited Away", "Breaking Bad", "Inception", "Parasite");
		assertThat(ratings.get(0).fields()).containsEntry(Field.ORIGINAL_TITLE, "千と千尋の神隠し")
			.containsEntry(Field.RATING, "5.0");
		assertThat(ratings.get(3).fields()).containsEntry(Field.ORIGINAL_TITLE, "기생충")
			.containsEntry(Field.RATING, "1.5");
	}

	@Test
	void read_ratingsOutOfTen_becomeStarsTheNormalizerAccepts() throws Exception {
		List<RawRow> ratings = Rows.readable(Rows.all(new ImdbRatingsReader(OLD_CP1252)));

		assertThat(ratings).extracting(row -> RatingNormalizer.parseLetterboxd(row.valueOf(Field.RATING)).halfStars())
			.containsExactly(9, 7, 8, 1, 6);
	}

	@Test
	void read_episodes_skippedAsRowsWithAReasonAndCounted() throws Exception {
		ImdbRatingsReader reader = new ImdbRatingsReader(OLD_CP1252);

		List<RawRow> rows = Rows.all(reader);

		assertThat(rows).filteredOn(row -> ImdbRatingsReader.EPISODE_SKIPPED.equals(row.problem()))
			.extracting(row -> row.from().line())
			.containsExactly(4L, 8L);
		assertThat(reader.skippedEpisodes()).isEqualTo(2);
		assertThat(rows).filteredOn(row -> ImdbRatingsReader.VIDEO_GAME_SKIPPED.equals(row.problem())).hasSize(1);
		assertThat(rows.get(2).raw()).startsWith("tt0959621,10,2021-06-30,Pilot,");
	}

	@Test
	void read_localizedTitleTypes_mappedLeniently() throws Exception {
		ImdbRatingsReader reader = new ImdbRatingsReader(ITALIAN);

		List<RawRow> rows = Rows.all(reader);

		assertThat(Rows.readable(rows)).extracting(row -> row.valueOf(Field.NAME))
			.containsExactly("Orizzonti di gloria", "The Wire", "Il segreto del bosco vecchio");
		assertThat(reader.skippedEpisodes()).isEqualTo(2);
		assertThat(rows).hasSize(5);
	}

	@Test
	void read_ratingOutsideOneToTen_unreadableWithTheReason() throws Exception {
		List<RawRow> rows = Rows.all(new ImdbRatingsReader(NEW_UTF8));

		assertThat(rows.get(5).problem()).isEqualTo("Your Rating \"11\": outside 1–10");
		assertThat(rows.get(5).from().line()).isEqualTo(7);
	}

	@Test
	void open_afterCommittedRows_skipsThemForItsFileName() throws Exception {
		List<RawRow> rows = Rows.all(new ResumingReader(new ImdbRatingsReader(NEW_UTF8),
				source -> source.equals("ratings-new-header-utf8.csv") ? 4L : 0L));

		assertThat(rows).extracting(row -> row.from().line()).containsExactly(6L, 7L);
	}

	@Test
	void read_usDatesFromASpreadsheet_orderSettledByTheFile_isoDatesForTheNormalizer() throws Exception {
		List<RawRow> rows = Rows.all(new ImdbRatingsReader(IMDB.resolve("ratings-us-dates-spreadsheet.csv")));

		assertThat(rows).extracting(row -> row.valueOf(Field.DATE))
			.containsExactly("2021-03-04", "2021-10-23", "2022-12-12", null);
		assertThat(rows.subList(0, 3)).allSatisfy(row -> assertThat(row.problem()).isNull());
		assertThat(rows.get(3).problem())
			.isEqualTo("Date Rated \"2/30/2022\": no such date, read month first as the file's other dates");
	}

	@Test
	void read_dayFirstDatesBesideIso_bothRead() throws Exception {
		List<RawRow> rows = Rows.all(new ImdbRatingsReader(IMDB.resolve("ratings-day-first-dates.csv")));

		assertThat(rows).extracting(row -> row.valueOf(Field.DATE))
			.containsExactly("2021-04-03", "2021-10-23", "2022-12-12");
	}

	@Test
	void read_everyDateAmbiguous_wholeFileRefusedWithOneReason() throws Exception {
		List<RawRow> rows = Rows.all(new ImdbRatingsReader(IMDB.resolve("ratings-ambiguous-dates.csv")));

		assertThat(rows).singleElement().satisfies(row -> {
			assertThat(row.problem()).startsWith(
					"file refused: Date Rated dates such as \"3/4/2021\" (line 2) read as" + " day/month or month/day");
			assertThat(row.from().line()).isEqualTo(1);
		});
	}

	@Test
	void open_afterCommittedRows_datesDecidedOnTheWholeFileAsInTheFirstRun() throws Exception {
		Path file = IMDB.resolve("ratings-us-dates-spreadsheet.csv");

		List<RawRow> rest = Rows.all(new ResumingReader(new ImdbRatingsReader(file), source -> 2L));

		assertThat(rest).extracting(row -> row.valueOf(Field.DATE)).containsExactly("2022-12-12", null);
		assertThat(rest.get(1).problem()).contains("read month first");
		// only "12/12/2022" and "2/30/2022" remain: alone they could not settle the
		// order, the whole file did
		assertThat(Rows.all(new ImdbRatingsReader(file)).get(0).valueOf(Field.DATE)).isEqualTo("2021-03-04");
	}

	@Test
	void recognises_bothHeaderVersionsButNotOtherCsvs() {
		assertThat(ImdbRatingsReader.recognises(OLD_CP1252)).isTrue();
		assertThat(ImdbRatingsReader.recognises(NEW_UTF8)).isTrue();
		assertThat(ImdbRatingsReader.recognises(ITALIAN)).isTrue();
		assertThat(ImdbRatingsReader.recognises(Path.of("src/test/resources/letterboxd/sample-export/ratings.csv")))
			.isFalse();
		assertThat(LetterboxdImportCsvReader.recognises(NEW_UTF8)).isFalse();
		assertThat(ImdbRatingsReader.recognises(IMDB.resolve("missing.csv"))).isFalse();
	}

	@Test
	void titleType_lenientMapping() {
		for (String film : List.of("movie", "Movie", "Film", "tvMovie", "TV Movie", "video", "Video", "short", "Short",
				"tvSpecial", "TV Special", "tvSeries", "Serie TV", "Mini serie TV", "Película", "")) {
			assertThat(ImdbTitleType.of(film)).as(film).isEqualTo(ImdbTitleType.TITLE);
		}
		for (String episode : List.of("tvEpisode", "TV Episode", "Episodio TV", "Épisode TV", "Episodio de TV",
				"TV-Folge", "Episódio de TV")) {
			assertThat(ImdbTitleType.of(episode)).as(episode).isEqualTo(ImdbTitleType.EPISODE);
		}
		assertThat(ImdbTitleType.of("videoGame")).isEqualTo(ImdbTitleType.VIDEO_GAME);
		assertThat(ImdbTitleType.of("Video Game")).isEqualTo(ImdbTitleType.VIDEO_GAME);
	}

}
