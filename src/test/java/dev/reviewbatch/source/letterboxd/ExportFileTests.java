package dev.reviewbatch.source.letterboxd;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.reviewbatch.domain.EntryState;

class ExportFileTests {

	@Test
	void at_knowsEveryExportPath_includingDeletedOrphanedAndLists() {
		assertThat(ExportFile.at("diary.csv")).contains(ExportFile.DIARY);
		assertThat(ExportFile.at("deleted/reviews.csv")).contains(ExportFile.REVIEWS);
		assertThat(ExportFile.at("likes/films.csv")).contains(ExportFile.LIKED_FILMS);
		assertThat(ExportFile.at("lists/my-list-1.csv")).contains(ExportFile.LIST);
		assertThat(ExportFile.at("deleted/lists/old.csv")).contains(ExportFile.LIST);
		assertThat(ExportFile.at("README.md")).isEmpty();
		assertThat(ExportFile.at("lists/nested/x.csv")).isEmpty();
	}

	@Test
	void stateOf_followsTheFolder() {
		assertThat(ExportFile.stateOf("deleted/diary.csv")).isEqualTo(EntryState.DELETED);
		assertThat(ExportFile.stateOf("orphaned/diary.csv")).isEqualTo(EntryState.ORPHANED);
		assertThat(ExportFile.stateOf("diary.csv")).isEqualTo(EntryState.LIVE);
	}

	@Test
	void withUniqueHeader_recognisesDiaryButNotTheSharedFilmHeader() {
		assertThat(ExportFile.withUniqueHeader(ExportFile.DIARY.header())).contains(ExportFile.DIARY);
		assertThat(ExportFile.withUniqueHeader("Date,Name,Year,Letterboxd URI")).isEmpty();
	}

}
