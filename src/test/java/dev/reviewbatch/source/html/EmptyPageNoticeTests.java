package dev.reviewbatch.source.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class EmptyPageNoticeTests {

	@Test
	void emptyDiaryYear_noticeFound_curlyOrStraightApostrophe() throws IOException {
		var page = PageFixtures.fixturePage("diary-empty-2023.html");

		assertThat(EmptyPageNotice.isEmptyDiary(page)).isTrue();
		assertThat(EmptyPageNotice.of(page)).isEqualTo("hasn’t logged any films during 2023");
		assertThat(EmptyPageNotice.isEmptyDiary(Jsoup.parse("<p>Ada hasn't logged any films during May 2024</p>")))
			.isTrue();
	}

	@Test
	void emptyListNotice_foundButNotADiaryNotice() {
		var page = Jsoup.parse("<p>Ada hasn't added any films to this list yet.</p>");

		assertThat(EmptyPageNotice.of(page)).isEqualTo("hasn't added any films to this list yet");
		assertThat(EmptyPageNotice.isEmptyDiary(page)).isFalse();
	}

	@Test
	void pageWithEntries_noNotice() throws IOException {
		assertThat(EmptyPageNotice.of(PageFixtures.fixturePage("diary-2022.html"))).isNull();
		assertThat(EmptyPageNotice.of(PageFixtures.fixturePage("list-2023.html"))).isNull();
	}

}
