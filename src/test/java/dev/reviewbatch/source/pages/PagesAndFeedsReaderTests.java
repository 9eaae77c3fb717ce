package dev.reviewbatch.source.pages;

import dev.reviewbatch.domain.Field;
import dev.reviewbatch.domain.StarRating;
import dev.reviewbatch.domain.Viewing;
import dev.reviewbatch.normalize.RowNormalizer;

import static dev.reviewbatch.source.pages.PagesFixtures.readAll;
import static dev.reviewbatch.source.pages.PagesFixtures.resource;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.reviewbatch.domain.RawRow;
import dev.reviewbatch.domain.Rejection;
import dev.reviewbatch.domain.SourceKind;
import dev.reviewbatch.source.ResumingReader;

class PagesAndFeedsReaderTests {

	// --- the corpus, in place ---

	@Test
	void corpusHtmlFolder_fourPagesByName_everyRow() {
		Path folder = PagesFixtures.corpus("html");
		PagesAndFeedsReader reader = new PagesAndFeedsReader(List.of(folder.toString()));

		List<String> sources = reader.sources();
		List<RawRow> rows = readAll(reader);

		assertThat(sources).containsExactly(folder.resolve("letterboxd-2022-film-sweetback.html").toString(),
				folder.resolve("letterboxd-2022-user-diary-page1.html").toString(),
				folder.resolve("letterboxd-2022-user-films.html").toString(),
				folder.resolve("letterboxd-2025-user-films.html").toString());
		// films grids: a watched row per poster and an undated current-rating row per
		// rated poster
		assertThat(rows).hasSize(12 + 50 + 72 * 2 + 72 + 68).allSatisfy(row -> assertThat(row.problem()).isNull());
		assertThat(countBySource(rows, sources)).containsExactly(12L, 50L, 144L, 140L);
		assertThat(rows.get(0).valueOf(Field.NAME)).isEqualTo("Sweet Sweetback's Baadasssss Song");
		assertThat(rows.get(12).valueOf(Field.NAME)).isEqualTo("Cure");
		assertThat(rows.get(12).kind()).isEqualTo(SourceKind.DIARY);
		assertThat(rows.get(62).kind()).isEqualTo(SourceKind.WATCHED);
		assertThat(rows.get(63).kind()).isEqualTo(SourceKind.RATING);
		assertThat(rows.get(206).valueOf(Field.NAME)).isEqualTo("One Battle After Another");
	}

	@Test
	void corpusFeedAndMarkdownReview_fiftyDiaryRowsThenOneReview() {
		String feed = PagesFixtures.corpus("rss/letterboxd-user-feed.xml").toString();
		String reviews = PagesFixtures.corpus("reviews").toString();

		List<RawRow> rows = readAll(feed, reviews);

		assertThat(rows).hasSize(51);
		assertThat(rows.subList(0, 50)).allSatisfy(row -> {
			assertThat(row.kind()).isEqualTo(SourceKind.DIARY);
			assertThat(row.from().source()).isEqualTo(feed);
		});
		assertThat(rows.get(0).valueOf(Field.NAME)).isEqualTo("The Passion According to G.H.");
		RawRow hereditary = rows.get(50);
		assertThat(hereditary.kind()).isEqualTo(SourceKind.REVIEW);
		assertThat(new RowNormalizer().process(hereditary)).isInstanceOfSatisfying(Viewing.class, v -> {
			assertThat(v.film().title()).isEqualTo("Hereditary");
			assertThat(v.film().year()).isEqualTo(2018);
			assertThat(v.loggedOn()).isEqualTo(java.time.LocalDate.of(2020, 9, 4));
			assertThat(v.rating()).isEqualTo(StarRating.ofHalfStars(8));
			assertThat(v.details().earlierRatings()).isEmpty();
		});
		assertThat(hereditary.from().source()).endsWith("blog-review-hereditary-2018.md");
	}

	// --- synthetic inputs ---

	@Test
	void mixedFolder_detectedByContent_inNameOrder_assetsAndHiddenFilesIgnored(@TempDir Path folder)
			throws IOException {
		PagesFixtures.copy(resource("html/diary-2022.html"), folder, "1-saved.html");
		PagesFixtures.copy(resource("rss/feed-mixed.xml"), folder, "2-feed.xml");
		PagesFixtures.copy(resource("article/out-of-five-stars.html"), folder, "3-article.htm");
		PagesFixtures.copy(resource("article/change-of-mind.md"), folder, "4-notes.md");
		PagesFixtures.copy(resource("rss/feed-mixed.xml"), folder, "feed-renamed.txt"); // a
																						// feed,
																						// whatever
																						// its
																						// name
		Files.createDirectory(folder.resolve("1-saved_files"));
		Files.writeString(folder.resolve("1-saved_files/app.html"), "<html></html>");
		Files.writeString(folder.resolve(".DS_Store"), "junk");
		Files.write(folder.resolve("poster.jpg"), new byte[] { (byte) 0xFF, (byte) 0xD8, 0 });
		PagesAndFeedsReader reader = new PagesAndFeedsReader(List.of(folder.toString()));

		List<String> sources = reader.sources();
		List<RawRow> rows = readAll(reader);

		assertThat(sources).extracting(name -> Path.of(name).getFileName().toString())
			.containsExactly("1-saved.html", "2-feed.xml", "3-article.htm", "4-notes.md", "feed-renamed.txt");
		assertThat(countBySource(rows, sources)).containsExactly(3L, 4L, 1L, 1L, 4L);
		assertThat(rows).allSatisfy(row -> assertThat(row.problem()).isNull());
		assertThat(rows.get(0).kind()).isEqualTo(SourceKind.DIARY);
		assertThat(rows.get(3).valueOf(Field.NAME)).isEqualTo("The Keeper's Lantern");
		assertThat(new RowNormalizer().process(rows.get(7))).isInstanceOfSatisfying(Viewing.class, v -> {
			assertThat(v.film().title()).isEqualTo("Aftersun");
			assertThat(v.rating()).isEqualTo(StarRating.ofHalfStars(9));
		});
		assertThat(new RowNormalizer().process(rows.get(8))).isInstanceOfSatisfying(Viewing.class, v -> {
			assertThat(v.film().title()).isEqualTo("The Zone of Interest");
			assertThat(v.details().earlierRatings()).containsExactly(StarRating.ofHalfStars(6));
		});
	}

	@Test
	void badInputs_oneUnreadableRowEach_namingSourceAndReason_runGoesOn(@TempDir Path dir) throws IOException {
		Path truncatedPage = PagesFixtures.truncated(resource("html/diary-2022.html"), dir, "cut-diary.html", 0.6);
		Path truncatedFeed = PagesFixtures.truncated(resource("rss/feed-mixed.xml"), dir, "cut-feed.xml", 0.5);
		Path binary = Files.write(dir.resolve("poster.html"), new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, 1 });
		Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
		Path emptyFolder = Files.createDirectory(dir.resolve("nothing-here"));
		List<String> inputs = List.of(truncatedPage.toString(), truncatedFeed.toString(),
				resource("pages/atom-feed.xml").toString(), resource("pages/notes.json").toString(), binary.toString(),
				resource("article/no-rating.html").toString(), empty.toString(), emptyFolder.toString(),
				dir.resolve("missing.html").toString(), resource("article/jsonld-review-best10.html").toString());

		List<RawRow> rows = readAll(inputs.toArray(String[]::new));

		assertThat(rows).hasSize(10);
		assertThat(rows).extracting(row -> row.from().source()).containsExactlyElementsOf(inputs);
		assertThat(rows.subList(0, 5)).allSatisfy(row -> assertThat(row.problem()).isNotBlank());
		assertThat(rows.subList(6, 9)).allSatisfy(row -> assertThat(row.problem()).isNotBlank());
		assertThat(rows.get(0).problem()).contains("breaks off before </html>");
		assertThat(rows.get(1).problem()).contains("not well-formed XML");
		assertThat(rows.get(1).kind()).isEqualTo(SourceKind.DIARY);
		assertThat(rows.get(2).problem()).contains("Atom feed");
		assertThat(rows.get(3).problem()).contains("no RSS feed, saved Letterboxd page or review article");
		assertThat(rows.get(4).problem()).contains("binary");
		assertThat(new RowNormalizer().process(rows.get(5))).isInstanceOfSatisfying(Rejection.class,
				r -> assertThat(r.reason()).startsWith("review article: no rating found"));
		assertThat(rows.get(5).from().describe()).endsWith("no-rating.html article");
		assertThat(rows.get(6).problem()).isEqualTo("the file is empty");
		assertThat(rows.get(7).problem()).contains("a folder without");
		assertThat(rows.get(8).problem()).isEqualTo("no such file");
		assertThat(rows.get(9).problem()).isNull();
		assertThat(new RowNormalizer().process(rows.get(9))).isInstanceOfSatisfying(Viewing.class,
				v -> assertThat(v.film().title()).isEqualTo("Past Lives"));
	}

	@Test
	void listAndFilmographyPages_listRowsNotArticles() {
		List<RawRow> rows = readAll(resource("html/list-2023.html").toString(),
				resource("html/filmography-director-2025.html").toString());

		assertThat(rows).allSatisfy(row -> assertThat(row.problem()).isNull());
		assertThat(rows).extracting(RawRow::kind)
			.containsExactly(SourceKind.LIST, SourceKind.LIST_ENTRY, SourceKind.RATING, SourceKind.LIST_ENTRY,
					SourceKind.LIST_ENTRY, SourceKind.RATING, SourceKind.LIST, SourceKind.LIST_ENTRY,
					SourceKind.LIST_ENTRY);
	}

	@Test
	void emptyDiaryYear_noRowsAndNoReject() {
		assertThat(readAll(resource("html/diary-empty-2023.html").toString())).isEmpty();
	}

	@Test
	void letterboxdPagesWithNothingToImport_oneRejectNamingKindAndReason_neverNoRatingFound() {
		List<RawRow> rows = readAll(resource("html/list-2025-unknown-entries.html").toString(),
				resource("html/profile-2025.html").toString());

		assertThat(rows).hasSize(2);
		assertThat(rows.get(0).problem()).isEqualTo("Letterboxd list page (2025 markup): no entries found");
		assertThat(rows.get(1).problem())
			.startsWith("a Letterboxd page of a kind reviewbatch does not read (no diary table")
			.contains("og:type \"profile\"")
			.endsWith("; not read as a review article");
		assertThat(rows).allSatisfy(row -> assertThat(row.problem()).doesNotContain("no rating found"));
	}

	@Test
	void pageOfSeveralMegabytes_overTheDefaultCap_unreadable(@TempDir Path dir) throws IOException {
		Path big = dir.resolve("huge-diary.html");
		Files.writeString(big, "<html><body>" + "<p>padding</p>".repeat(250_000) + "</body></html>");

		List<RawRow> rows = readAll(big.toString());

		assertThat(rows).singleElement().satisfies(row -> {
			assertThat(row.problem()).contains("over the 2,097,152-byte size cap");
			assertThat(row.from().describe()).isEqualTo(big + " (whole file)");
		});
	}

	@Test
	void restart_skipsRowsAlreadyCommittedPerSource(@TempDir Path folder) throws IOException {
		String feed = PagesFixtures.copy(resource("rss/feed-mixed.xml"), folder, "a-feed.xml").toString();
		String article = PagesFixtures.copy(resource("article/out-of-five-stars.html"), folder, "b.html").toString();
		String bad = PagesFixtures.copy(resource("pages/notes.json"), folder, "c.json").toString();
		Map<String, Long> committed = Map.of(feed, 3L, article, 1L, bad, 1L);
		List<String> inputs = List.of(feed, article, bad, resource("article/change-of-mind.md").toString());

		List<RawRow> rows = readAll(
				new ResumingReader(new PagesAndFeedsReader(inputs), source -> committed.getOrDefault(source, 0L)));

		assertThat(rows).extracting(row -> row.from().source()).containsExactly(feed, inputs.get(3));
		assertThat(rows.get(0).valueOf(Field.GUID)).isEqualTo("letterboxd-watch-70004");
	}

	@Test
	void handles_pagesFoldersAndFiles_notExports(@TempDir Path dir) throws IOException {
		Path pages = Files.createDirectory(dir.resolve("pages"));
		Files.writeString(pages.resolve("review.md"), "Heat (1995)\n4/5");
		Path export = Files.createDirectory(dir.resolve("export"));
		Files.writeString(export.resolve("diary.csv"), "Date,Name\n");
		Files.writeString(export.resolve("README.txt"), "my export");
		Path zip = Files.write(dir.resolve("letterboxd-export.zip"), new byte[] { 'P', 'K', 3, 4 });
		Path empty = Files.createDirectory(dir.resolve("empty"));

		assertThat(PagesAndFeedsReader.handles(pages)).isTrue();
		assertThat(PagesAndFeedsReader.handles(pages.resolve("review.md"))).isTrue();
		assertThat(PagesAndFeedsReader.handles(resource("rss/feed-mixed.xml"))).isTrue();
		assertThat(PagesAndFeedsReader.handles(export)).isFalse();
		assertThat(PagesAndFeedsReader.handles(export.resolve("diary.csv"))).isFalse();
		assertThat(PagesAndFeedsReader.handles(zip)).isFalse();
		assertThat(PagesAndFeedsReader.handles(empty)).isFalse();
		assertThat(PagesAndFeedsReader.handles(dir.resolve("missing"))).isFalse();
		assertThat(PagesAndFeedsReader.handles(Path.of("src/test/resources/letterboxd/sample-export"))).isFalse();
	}

	private static List<Long> countBySource(List<RawRow> rows, List<String> sources) {
		return sources.stream()
			.map(source -> rows.stream().filter(row -> row.from().source().equals(source)).count())
			.toList();
	}

}
