package dev.reviewbatch.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.reviewbatch.domain.EntryState;
import dev.reviewbatch.domain.Field;
import dev.reviewbatch.domain.FilmMark;
import dev.reviewbatch.domain.ImportItem;
import dev.reviewbatch.domain.ListEntry;
import dev.reviewbatch.domain.Provenance;
import dev.reviewbatch.domain.RawRow;
import dev.reviewbatch.domain.Rejection;
import dev.reviewbatch.domain.SourceKind;
import dev.reviewbatch.domain.Viewing;

class RowNormalizerTests {

	private final RowNormalizer normalizer = new RowNormalizer();

	@Test
	void diaryRow_becomesAViewingWithCleanValues() {
		ImportItem item = normalizer.process(row(SourceKind.DIARY, "Date", "2024-03-02", "Name", "  Ame\u0301lie ",
				"Year", "2001", "Letterboxd URI", "https://boxd.it/abc123", "Rating", "4.5", "Rewatch", "Yes", "Tags",
				"w/ kyle, XD", "Watched Date", "2024-03-01"));

		assertThat(item).isInstanceOfSatisfying(Viewing.class, v -> {
			assertThat(v.film().title()).isEqualTo("Am\u00e9lie");
			assertThat(v.film().key()).isEqualTo("amelie:2001");
			assertThat(v.rating().halfStars()).isEqualTo(9);
			assertThat(v.rewatch()).isTrue();
			assertThat(v.tags()).containsExactly("w/ kyle", "XD");
			assertThat(v.watchedOn()).isEqualTo(LocalDate.of(2024, 3, 1));
			assertThat(v.review()).isNull();
		});
	}

	@Test
	void reviewRow_keepsRawHtmlAndPlainTextWithParagraphs() {
		ImportItem item = normalizer.process(row(SourceKind.REVIEW, "Name", "Heat", "Year", "1995", "Review",
				"<i>Heat<i> is long.\r\n\r\nWorth it &#39;still&#39;.", "Watched Date", ""));

		assertThat(item).isInstanceOfSatisfying(Viewing.class, v -> {
			assertThat(v.review().raw()).startsWith("<i>Heat<i>");
			assertThat(v.review().text()).isEqualTo("Heat is long.\n\nWorth it 'still'.");
			assertThat(v.watchedOn()).isNull();
		});
	}

	@Test
	void reviewOfMarkupOnly_keepsTheRawReview_withAnEmptyPlainText() {
		ImportItem item = normalizer.process(row(SourceKind.REVIEW, "Name", "Heat", "Year", "1995", "Review",
				"<script>alert(1)</script>", "Watched Date", ""));

		assertThat(item).isInstanceOfSatisfying(Viewing.class, v -> {
			assertThat(v.review()).as("the raw review is kept").isNotNull();
			assertThat(v.review().raw()).isEqualTo("<script>alert(1)</script>");
			assertThat(v.review().text()).isEmpty();
		});
	}

	@Test
	void badRating_isARejectionNamingFieldValueAndReason() {
		ImportItem item = normalizer.process(row(SourceKind.DIARY, "Name", "Heat", "Year", "1995", "Rating", "5.5"));

		assertThat(item).isInstanceOfSatisfying(Rejection.class, r -> {
			assertThat(r.reason()).isEqualTo("Rating \"5.5\": above 5 stars");
			assertThat(r.from().describe()).isEqualTo("diary.csv line 7");
			assertThat(r.raw()).isEqualTo("raw,row");
		});
	}

	@Test
	void feedRowWithAnOddLikedValue_isARejection_notAFailedChunk() {
		ImportItem item = normalizer.process(
				row(SourceKind.DIARY, "Name", "Heat", "Year", "1995", "Watched Date", "2024-01-01", "Liked", "maybe"));

		assertThat(item).isInstanceOfSatisfying(Rejection.class,
				r -> assertThat(r.reason()).isEqualTo("Liked \"maybe\": expected Yes, No or blank"));
	}

	@Test
	void feedRowDetails_likeSpoilersAndTmdb() {
		ImportItem item = normalizer.process(row(SourceKind.REVIEW, "Name", "Heat", "Year", "1995", "Liked", "Yes",
				"Spoilers", "Yes", "TMDb TV ID", "949", "Rating", "4.0"));

		assertThat(item).isInstanceOfSatisfying(Viewing.class, v -> {
			assertThat(v.details().liked()).isTrue();
			assertThat(v.details().spoilers()).isTrue();
			assertThat(v.details().tmdbId()).isEqualTo("tv:949");
			assertThat(v.details().earlierRatings()).isEmpty();
		});
	}

	@Test
	void pandasYear_isRejected() {
		ImportItem item = normalizer.process(row(SourceKind.WATCHED, "Name", "Heat", "Year", "1995.0"));

		assertThat(item).isInstanceOfSatisfying(Rejection.class,
				r -> assertThat(r.reason()).startsWith("Year \"1995.0\""));
	}

	@Test
	void unreadableRow_isARejectionWithTheSourcesReason() {
		RawRow unreadable = RawRow.unreadable(SourceKind.DIARY, EntryState.LIVE, "me",
				new Provenance.CsvLine("diary.csv", 3), "a,b", "expected 8 fields, found 2");

		assertThat(normalizer.process(unreadable))
			.isEqualTo(new Rejection(unreadable.from(), "expected 8 fields, found 2", "a,b"));
	}

	@Test
	void watchlistRow_becomesAFilmMarkWithItsFilmUri() {
		ImportItem item = normalizer.process(row(SourceKind.WATCHLIST, "Date", "2020-01-01", "Name", "Matrix, The",
				"Year", "1999", "Letterboxd URI", "https://boxd.it/2a"));

		assertThat(item).isInstanceOfSatisfying(FilmMark.class, m -> {
			assertThat(m.film().title()).isEqualTo("The Matrix");
			assertThat(m.filmUri()).isEqualTo("https://boxd.it/2a");
		});
	}

	@Test
	void listEntryWithPositionZero_isRejected_andAGoodOneKeepsItsList() {
		ImportItem bad = normalizer.process(row(SourceKind.LIST_ENTRY, "Position", "0", "Name", "Ran", "Year", "1985",
				"List URL", "https://boxd.it/L1"));
		ImportItem good = normalizer.process(row(SourceKind.LIST_ENTRY, "Position", "2", "Name", "Ran", "Year", "1985",
				"List URL", "https://boxd.it/L1"));

		assertThat(bad).isInstanceOf(Rejection.class);
		assertThat(good).isInstanceOfSatisfying(ListEntry.class, e -> {
			assertThat(e.position()).isEqualTo(2);
			assertThat(e.listKey()).isEqualTo("https://boxd.it/L1");
		});
	}

	/** A row from alternating column names ({@link Field#column()}) and values. */
	private static RawRow row(SourceKind kind, String... columnsAndValues) {
		Map<Field, String> fields = new EnumMap<>(Field.class);
		for (int i = 0; i < columnsAndValues.length; i += 2) {
			fields.put(Field.ofColumn(columnsAndValues[i]), columnsAndValues[i + 1]);
		}
		return new RawRow(kind, EntryState.LIVE, "me", new Provenance.CsvLine("diary.csv", 7), fields, "raw,row");
	}

}
