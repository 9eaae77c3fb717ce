package dev.reviewbatch.source.rss;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FeedDescriptionTests {

	@Test
	void posterThenReview_posterDropped_restKept() {
		FeedDescription description = FeedDescription.of(" <p><img src=\"poster.jpg\"/></p> <p>Good.</p> ");

		assertThat(description.reviewHtml()).isEqualTo("<p>Good.</p>");
		assertThat(description.spoilers()).isFalse();
	}

	@Test
	void spoilerNote_flagged_andStripped() {
		FeedDescription description = FeedDescription
			.of("<p><img src=\"p.jpg\"/></p><p><em>This review may contain spoilers.</em></p><p>It was him.</p>");

		assertThat(description.reviewHtml()).isEqualTo("<p>It was him.</p>");
		assertThat(description.spoilers()).isTrue();
	}

	@Test
	void watchedOnOnly_noReview() {
		assertThat(FeedDescription.of("<p><img src=\"p.jpg\"/></p> <p>Watched on Saturday August 1, 2026.</p>")
			.reviewHtml()).isNull();
	}

	@Test
	void reviewStartingWithWatchedOn_notLetterboxdsSentence_kept() {
		assertThat(FeedDescription.of("<p>Watched on a plane, which did it no favours.</p>").reviewHtml())
			.isEqualTo("<p>Watched on a plane, which did it no favours.</p>");
	}

	@Test
	void imageInsideTheReview_notTheLeadingPoster_kept() {
		assertThat(FeedDescription.of("<p>Look:</p><p><img src=\"still.jpg\"/></p>").reviewHtml())
			.isEqualTo("<p>Look:</p><p><img src=\"still.jpg\"></p>");
	}

	@Test
	void blankOrMissing_noReview() {
		assertThat(FeedDescription.of(null).reviewHtml()).isNull();
		assertThat(FeedDescription.of("  ").reviewHtml()).isNull();
		assertThat(FeedDescription.of("<p><img src=\"p.jpg\"/></p>").reviewHtml()).isNull();
	}

}
