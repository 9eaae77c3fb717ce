package dev.reviewbatch.source.rss;

import dev.reviewbatch.domain.Field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.Test;

import dev.reviewbatch.domain.EntryState;
import dev.reviewbatch.domain.Provenance;
import dev.reviewbatch.domain.RawRow;
import dev.reviewbatch.domain.SourceKind;

class FeedParserTests {

	private static final Path CORPUS_FEED = Path.of("../shared/corpus/rss/letterboxd-user-feed.xml");

	private final FeedParser parser = new FeedParser();

	// --- the real feed (corpus) ---

	@Test
	void corpusFeed_100items_50filmRowsAnd50listsSkipped() throws IOException {
		FeedParseResult feed = parseCorpus();

		assertThat(feed.itemsRead()).isEqualTo(100);
		assertThat(feed.rows()).hasSize(50);
		assertThat(feed.listItemsSkipped()).isEqualTo(50);
		assertThat(feed.channelTitle()).isEqualTo("Letterboxd - Filipe Furtado");
		assertThat(feed.account()).isEqualTo("filipe_furtado");
		assertThat(feed.rows()).allSatisfy(row -> {
			assertThat(row.kind()).isEqualTo(SourceKind.DIARY);
			assertThat(row.state()).isEqualTo(EntryState.LIVE);
			assertThat(row.account()).isEqualTo("filipe_furtado");
			assertThat(row.valueOf(Field.GUID)).startsWith("letterboxd-review-");
			assertThat(row.valueOf(Field.REWATCH)).isEqualTo("No");
			assertThat(row.valueOf(Field.RATING)).matches("[0-5]\\.[05]");
			assertThat(row.valueOf(Field.REVIEW)).doesNotContain("<img").startsWith("<p>");
		});
	}

	@Test
	void corpusFeed_firstItem_fieldsAsInTheFeed() throws IOException {
		RawRow first = parseCorpus().rows().get(0);

		assertThat(first.fields()).containsEntry(Field.NAME, "The Passion According to G.H.")
			.containsEntry(Field.YEAR, "2023")
			.containsEntry(Field.RATING, "2.0")
			.containsEntry(Field.REWATCH, "No")
			.containsEntry(Field.WATCHED_DATE, "2025-12-22")
			.containsEntry(Field.TMDB_ID, "566268")
			.containsEntry(Field.LETTERBOXD_URI,
					"https://letterboxd.com/filipe_furtado/film/the-passion-according-to-gh/")
			.containsEntry(Field.REVIEW,
					"<p>Carvalho is working so hard he ends up stiff in a way that doesn’t serve either Candido nor Lispector.</p>")
			.containsEntry(Field.REVIEWER, "Filipe Furtado")
			.doesNotContainKeys(Field.SPOILERS, Field.LIKED, Field.TMDB_TV_ID);
		assertThat(first.from()).isEqualTo(new Provenance.FeedItem("feed.xml", "letterboxd-review-1115733957"));
		assertThat(first.raw()).startsWith("<item>").contains("letterboxd-review-1115733957");
	}

	@Test
	void corpusFeed_pubDateNextDayInNewZealand_watchedDateKeptApart() throws IOException {
		RawRow first = parseCorpus().rows().get(0);

		assertThat(first.valueOf(Field.PUBLISHED)).isEqualTo("Tue, 23 Dec 2025 10:42:16 +1300");
		assertThat(first.valueOf(Field.DATE)).isEqualTo("2025-12-23");
		assertThat(first.valueOf(Field.WATCHED_DATE)).isEqualTo("2025-12-22");
		LocalDate publishedDay = OffsetDateTime
			.parse(first.valueOf(Field.PUBLISHED), DateTimeFormatter.RFC_1123_DATE_TIME)
			.toLocalDate();
		assertThat(publishedDay).isNotEqualTo(LocalDate.parse(first.valueOf(Field.WATCHED_DATE)));
	}

	@Test
	void corpusFeed_lastFilmItemAndEntities_decoded() throws IOException {
		FeedParseResult feed = parseCorpus();

		assertThat(feed.rows().get(49).fields()).containsEntry(Field.NAME, "Curbing Violence")
			.containsEntry(Field.WATCHED_DATE, "2025-12-09")
			.containsEntry(Field.RATING, "2.5");
		assertThat(feed.rows()).extracting(row -> row.valueOf(Field.NAME))
			.contains("Let's Go Karaoke!", "L'Aventura", "The Shadow's Edge");
		assertThat(feed.rows().stream().filter(row -> "Let's Go Karaoke!".equals(row.valueOf(Field.NAME))).findFirst())
			.hasValueSatisfying(row -> assertThat(row.valueOf(Field.RATING)).isEqualTo("3.5"));
	}

	// --- own feed ---

	@Test
	void mixedFeed_listItem_countedAndSkipped() throws IOException {
		FeedParseResult feed = parseFixture();

		assertThat(feed.itemsRead()).isEqualTo(5);
		assertThat(feed.rows()).hasSize(4);
		assertThat(feed.listItemsSkipped()).isEqualTo(1);
		assertThat(feed.rows()).extracting(row -> row.valueOf(Field.GUID)).doesNotContain("letterboxd-list-70005");
		assertThat(feed.account()).isEqualTo("demo_viewer");
	}

	@Test
	void mixedFeed_ratedLikedReview_allFieldsAndPosterDropped() throws IOException {
		RawRow review = parseFixture().rows().get(0);

		assertThat(review.fields()).containsEntry(Field.NAME, "The Keeper's Lantern")
			.containsEntry(Field.RATING, "4.5")
			.containsEntry(Field.LIKED, "Yes")
			.containsEntry(Field.WATCHED_DATE, "2024-03-03")
			.containsEntry(Field.DATE, "2024-03-04")
			.containsEntry(Field.TMDB_ID, "880001")
			.containsEntry(Field.REVIEW,
					"<p>A lighthouse, two keepers and one <b>very</b> long winter.</p> <p>Worth the drive.</p>");
	}

	@Test
	void mixedFeed_unratedWatch_noRatingNoReview() throws IOException {
		RawRow watch = parseFixture().rows().get(1);

		assertThat(watch.valueOf(Field.GUID)).isEqualTo("letterboxd-watch-70002");
		assertThat(watch.fields()).containsEntry(Field.NAME, "Quiet Orbit")
			.doesNotContainKeys(Field.RATING, Field.REVIEW, Field.SPOILERS);
	}

	@Test
	void mixedFeed_spoilerRewatch_flaggedAndNoteStripped() throws IOException {
		RawRow spoiler = parseFixture().rows().get(2);

		assertThat(spoiler.fields()).containsEntry(Field.SPOILERS, "Yes")
			.containsEntry(Field.REWATCH, "Yes")
			.containsEntry(Field.REVIEW, "<p>The twin was the ferryman.</p>");
	}

	@Test
	void mixedFeed_tvItem_tvIdAndHalfInTitle() throws IOException {
		RawRow tv = parseFixture().rows().get(3);

		assertThat(tv.fields()).containsEntry(Field.TMDB_TV_ID, "424242")
			.containsEntry(Field.NAME, "Harbour Nights 2½")
			.containsEntry(Field.WATCHED_DATE, "2024-02-29")
			.doesNotContainKeys(Field.TMDB_ID, Field.REVIEW);
	}

	@Test
	void otherNamespacePrefix_sameUris_stillRead() throws IOException {
		String feed = fixtureText().replace("xmlns:letterboxd=", "xmlns:lb=")
			.replace("<letterboxd:", "<lb:")
			.replace("</letterboxd:", "</lb:");

		FeedParseResult result = parser.parse(feed, "prefixed.xml");

		assertThat(result.rows()).hasSize(4);
		assertThat(result.rows().get(0).valueOf(Field.WATCHED_DATE)).isEqualTo("2024-03-03");
	}

	@Test
	void elementsInAnotherNamespace_notLetterboxds_notAFilmItem() throws IOException {
		String feed = fixtureText().replace("xmlns:letterboxd=\"https://letterboxd.com\"",
				"xmlns:letterboxd=\"https://example.org/other\"");

		FeedParseResult result = parser.parse(feed, "other.xml");

		assertThat(result.rows()).isEmpty();
		assertThat(result.itemsRead()).isEqualTo(5);
	}

	@Test
	void inputStream_sameFeed_sameRows() throws IOException {
		try (InputStream in = getClass().getResourceAsStream("/rss/feed-mixed.xml")) {
			FeedParseResult result = parser.parse(in, "feed-mixed.xml");

			assertThat(result.rows()).hasSize(4);
			assertThat(result.rows().get(0).from().describe()).isEqualTo("feed-mixed.xml item letterboxd-review-70001");
		}
	}

	// --- not feeds ---

	@Test
	void htmlPage_notAFeed_namesSourceAndReason() {
		assertThatExceptionOfType(NotAFeedException.class)
			.isThrownBy(() -> parser.parse(resource("/rss/not-a-feed.html"), "not-a-feed.html"))
			.satisfies(ex -> {
				assertThat(ex.source()).isEqualTo("not-a-feed.html");
				assertThat(ex.reason()).isEqualTo("it is an HTML page (root element <html>), not an RSS feed");
				assertThat(ex.getMessage()).isEqualTo("not-a-feed.html is not a readable RSS feed: " + ex.reason());
			});
	}

	@Test
	void truncatedFeed_notAFeed_lineAndColumnNoRows() {
		String feed = fixtureText();
		String cut = feed.substring(0, feed.indexOf("<letterboxd:memberRating>3.0"));

		assertThatExceptionOfType(NotAFeedException.class).isThrownBy(() -> parser.parse(cut, "cut.xml"))
			.satisfies(
					ex -> assertThat(ex.reason()).startsWith("not well-formed XML (truncated or not XML?) at line "));
	}

	@Test
	void atomFeed_notAFeed_saysAtom() {
		assertThatExceptionOfType(NotAFeedException.class).isThrownBy(
				() -> parser.parse("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>x</title></feed>", "atom.xml"))
			.satisfies(ex -> assertThat(ex.reason()).isEqualTo("it is an Atom feed (root element <feed>), not RSS"));
	}

	@Test
	void rssWithoutChannel_notAFeed() {
		assertThatExceptionOfType(NotAFeedException.class)
			.isThrownBy(() -> parser.parse("<rss version=\"2.0\"/>", "bare.xml"))
			.satisfies(ex -> assertThat(ex.reason()).isEqualTo("an <rss> document without a <channel>"));
	}

	@Test
	void emptyAndPlainText_notAFeed() {
		assertThatExceptionOfType(NotAFeedException.class).isThrownBy(() -> parser.parse("", "empty.xml"));
		assertThatExceptionOfType(NotAFeedException.class)
			.isThrownBy(() -> parser.parse("Watched: Saltmarsh ★★★", "notes.txt"));
	}

	@Test
	void externalEntity_refused_notResolved() {
		String feed = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>"
				+ "<rss><channel><title>&x;</title></channel></rss>";

		assertThatExceptionOfType(NotAFeedException.class).isThrownBy(() -> parser.parse(feed, "xxe.xml"));
	}

	private FeedParseResult parseCorpus() throws IOException {
		assumeTrue(Files.isRegularFile(CORPUS_FEED),
				"corpus feed " + CORPUS_FEED + " is absent (../shared/corpus): test skipped");
		try (InputStream in = Files.newInputStream(CORPUS_FEED)) {
			return parser.parse(in, "feed.xml");
		}
	}

	private FeedParseResult parseFixture() throws IOException {
		return parser.parse(fixtureText(), "feed-mixed.xml");
	}

	private static String fixtureText() {
		return resource("/rss/feed-mixed.xml");
	}

	private static String resource(String name) {
		try (InputStream in = FeedParserTests.class.getResourceAsStream(name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
