package dev.reviewbatch.source.html;

import dev.reviewbatch.domain.Field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIOException;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.reviewbatch.domain.SourceKind;

class SavedPageParserTests {

	private final SavedPageParser parser = new SavedPageParser();

	@Test
	void corpusDiary_detectedAndParsed_rowsNameTheFile() throws IOException {
		Path file = PageFixtures.corpus(PageFixtures.DIARY_2022);

		ParsedPage page = parser.parse(file);

		assertThat(page.kind()).isEqualTo(PageKind.DIARY);
		assertThat(page.rows()).hasSize(50);
		assertThat(page.rows().get(0).from().source()).isEqualTo(file.toString());
	}

	@Test
	void corpusFilm_detectedAndParsed_pageFieldsAndReviews() throws IOException {
		ParsedPage page = parser.parse(PageFixtures.corpus(PageFixtures.FILM_2022));

		assertThat(page.kind()).isEqualTo(PageKind.FILM);
		assertThat(page.valueOf(Field.AVERAGE_RATING)).isEqualTo("3.21");
		assertThat(page.rows()).hasSize(12);
	}

	@Test
	void folderOfOwnPages_eachKnownPage_parsedByItsKind() throws IOException {
		List<String> known = List.of("diary-2022.html", "diary-2024.html", "films-2022.html", "films-2025.html",
				"films-posteritem.html", "watchlist-2025.html", "film-2025.html", "film-2022-no-average.html",
				"review-page.html", "list-2023.html", "list-2025.html", "filmography-director-2025.html",
				"diary-empty-2023.html");
		try (Stream<Path> files = Files.list(PageFixtures.fixture("diary-2022.html").getParent())) {
			List<Path> pages = files.filter(file -> known.contains(file.getFileName().toString())).sorted().toList();

			assertThat(pages).hasSize(known.size());
			for (Path file : pages) {
				assertThat(parser.parse(file).kind()).as(file.toString()).isNotEqualTo(PageKind.UNKNOWN);
			}
		}
	}

	@Test
	void listAndFilmographyPages_dispatchedToTheirParsers() throws IOException {
		assertThat(parser.parse(PageFixtures.fixture("list-2023.html")).rows()).hasSize(6);
		assertThat(parser.parse(PageFixtures.fixture("filmography-director-2025.html")).kind())
			.isEqualTo(PageKind.FILMOGRAPHY);
	}

	@Test
	void emptyDiaryYear_diaryWithNoRowsAndNoError() throws IOException {
		ParsedPage page = parser.parse(PageFixtures.fixture("diary-empty-2023.html"));

		assertThat(page.kind()).isEqualTo(PageKind.DIARY);
		assertThat(page.rows()).isEmpty();
	}

	@Test
	void knownKindWithoutEntriesOrNotice_nothingToImport_reasonNamesKindAndMarkup() {
		Path file = PageFixtures.fixture("list-2025-unknown-entries.html");

		assertThatExceptionOfType(NothingToImportException.class).isThrownBy(() -> parser.parse(file)).satisfies(ex -> {
			assertThat(ex.reason()).isEqualTo("Letterboxd list page (2025 markup): no entries found");
			assertThat(ex.getMessage()).startsWith(file.toString());
		});
	}

	@Test
	void emptyWatchlistByAddress_noticeShown_noRowsAndNoError_withoutNotice_nothingToImport(@TempDir Path folder)
			throws IOException {
		String head = "<html><head><meta property=\"og:url\" content=\"https://letterboxd.com/demo_viewer/watchlist/\">"
				+ "</head><body>";
		Path empty = Files.writeString(folder.resolve("watchlist.html"),
				head + "<p>Demo Viewer hasn’t added any films to their watchlist yet.</p></body></html>");
		Path unknown = Files.writeString(folder.resolve("watchlist-new-markup.html"),
				head + "<div data-component-class=\"WatchlistGrid\"></div></body></html>");

		ParsedPage page = parser.parse(empty);

		assertThat(page.kind()).isEqualTo(PageKind.WATCHLIST);
		assertThat(page.rows()).isEmpty();
		assertThatExceptionOfType(NothingToImportException.class).isThrownBy(() -> parser.parse(unknown))
			.satisfies(ex -> assertThat(ex.reason()).isEqualTo("Letterboxd watchlist (2025 markup): no posters found"));
	}

	@Test
	void filmPageWithoutReviews_noRowsAndNoError() throws IOException {
		assertThat(parser.parse(PageFixtures.fixture("film-2022-no-average.html")).rows()).isEmpty();
	}

	@Test
	void watchlistPage_dispatched_watchlistRows() throws IOException {
		ParsedPage page = parser.parse(PageFixtures.fixture("watchlist-2025.html"));

		assertThat(page.kind()).isEqualTo(PageKind.WATCHLIST);
		assertThat(page.rows()).allSatisfy(row -> assertThat(row.kind()).isEqualTo(SourceKind.WATCHLIST));
	}

	@Test
	void blogArticle_unknownKind_exceptionNamesFileAndReason() {
		Path file = PageFixtures.fixture("blog-article.html");

		assertThatExceptionOfType(UnrecognizedPageException.class).isThrownBy(() -> parser.parse(file))
			.satisfies(ex -> {
				assertThat(ex.source()).isEqualTo(file.toString());
				assertThat(ex.reason()).startsWith("no diary table, poster grid, film or review markers");
				assertThat(ex.getMessage()).startsWith(file + " is not a Letterboxd page reviewbatch can read: ");
			});
	}

	@Test
	void emptyFile_unknownKind_saysEmpty(@TempDir Path folder) throws IOException {
		Path file = Files.createFile(folder.resolve("empty.html"));

		assertThatExceptionOfType(UnrecognizedPageException.class).isThrownBy(() -> parser.parse(file))
			.satisfies(ex -> assertThat(ex.reason()).isEqualTo("the page is empty"));
	}

	@Test
	void fileOverTheLimit_refusedBeforeReading_ioExceptionNamesFile(@TempDir Path folder) throws IOException {
		Path file = folder.resolve("huge.html");
		try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
			sparse.setLength(SavedPageParser.MAX_BYTES + 1);
		}

		assertThatIOException().isThrownBy(() -> parser.parse(file))
			.withMessage(file + " is 20,971,521 bytes, over the 20,971,520-byte limit for a saved page");
	}

	@Test
	void missingFile_ioException() {
		assertThatIOException().isThrownBy(() -> parser.parse(Path.of("no-such-page.html")));
	}

}
