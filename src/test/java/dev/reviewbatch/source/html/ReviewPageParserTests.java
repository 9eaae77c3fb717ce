package dev.reviewbatch.source.html;

import dev.reviewbatch.domain.Field;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import dev.reviewbatch.domain.Provenance;
import dev.reviewbatch.domain.RawRow;
import dev.reviewbatch.domain.SourceKind;

class ReviewPageParserTests {

	private final ReviewPageParser parser = new ReviewPageParser();

	@Test
	void fixture_rewatchedRatedSpoilerReview_oneReviewRow() throws IOException {
		ParsedPage page = parser.parse(PageFixtures.fixturePage("review-page.html"), "review.html");

		assertThat(page.kind()).isEqualTo(PageKind.REVIEW);
		assertThat(page.rows()).hasSize(1);
		RawRow row = page.rows().get(0);
		assertThat(row.kind()).isEqualTo(SourceKind.REVIEW);
		assertThat(row.account()).isEqualTo("demo_viewer");
		assertThat(row.from()).isEqualTo(new Provenance.PageElement("review.html", "review"));
		assertThat(row.fields()).containsEntry(Field.NAME, "Quiet Orbit")
			.containsEntry(Field.YEAR, "2021")
			.containsEntry(Field.REVIEWER, "Demo Viewer")
			.containsEntry(Field.RATING, "rated-9")
			.containsEntry(Field.WATCHED_DATE, "2024-02-14")
			.containsEntry(Field.REWATCH, "Yes")
			.containsEntry(Field.SPOILERS, "Yes")
			.containsEntry(Field.LETTERBOXD_URI, "https://letterboxd.com/demo_viewer/film/quiet-orbit/1/")
			.containsEntry(Field.REVIEW,
					"<p>The station was empty <em>all along</em>.</p><p>Better the second time.</p>")
			.doesNotContainKey(Field.DATE);
	}

	@Test
	void addedReview_notInDiary_dateFromTimeNoWatchedDate() {
		Document page = Jsoup.parse("""
				<html><head><meta property="og:type" content="letterboxd:review">
				<meta property="og:url" content="https://letterboxd.com/demo_viewer/film/saltmarsh/"></head>
				<body><h2 class="film-title-wrapper"><a href="/film/saltmarsh/">Saltmarsh</a></h2>
				<p class="view-date">Added <time datetime="2023-05-06">06 May 2023</time></p>
				<div class="review body-text"><p>Short and wet.</p></div></body></html>""", SavedPageParser.BASE_URI);

		RawRow row = parser.parse(page, "added.html").rows().get(0);

		assertThat(row.fields()).containsEntry(Field.DATE, "2023-05-06")
			.containsEntry(Field.REVIEW, "<p>Short and wet.</p>")
			.doesNotContainKeys(Field.WATCHED_DATE, Field.REWATCH, Field.RATING, Field.SPOILERS);
	}

	@Test
	void watchedWithoutDayLink_dateAsShownAndNotRewatch() {
		Document page = Jsoup
			.parse("""
					<html><head><meta property="og:type" content="letterboxd:review"><meta name="twitter:data2" content="★★★"></head>
					<body><h2 class="film-title-wrapper"><a href="/film/saltmarsh/">Saltmarsh</a></h2>
					<p class="view-date">Watched 01 Jan 2024</p><div class="js-review-body"><p>Again.</p></div></body></html>""");

		RawRow row = parser.parse(page, "watched.html").rows().get(0);

		assertThat(row.fields()).containsEntry(Field.WATCHED_DATE, "01 Jan 2024")
			.containsEntry(Field.REWATCH, "No")
			.containsEntry(Field.RATING, "★★★");
		assertThat(row.account()).isEmpty();
	}

}
