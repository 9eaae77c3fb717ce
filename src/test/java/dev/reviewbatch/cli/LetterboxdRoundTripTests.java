package dev.reviewbatch.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import dev.reviewbatch.SlowTest;
import dev.reviewbatch.domain.CurrentRating;
import dev.reviewbatch.domain.ImportItem;
import dev.reviewbatch.domain.RawRow;
import dev.reviewbatch.domain.Viewing;
import dev.reviewbatch.normalize.RowNormalizer;
import dev.reviewbatch.normalize.TagNormalizer;
import dev.reviewbatch.source.csvformats.LetterboxdImportCsvReader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round trip through Letterboxd's import format: import the sample export →
 * {@code export --format letterboxd} → read those files back → the same films, viewings,
 * ratings, rewatch flags, tags and review text.
 */
@SlowTest
class LetterboxdRoundTripTests {

	@TempDir
	Path work;

	@Test
	void exportThenReadBack_sampleStore_readerAndNormalizerRebuildEveryFact() throws Exception {
		Path storeA = work.resolve("a");
		run("import", "input/letterboxd-sample-export.zip", "--out", storeA.toString(), "--no-report");
		run("export", "--format", "letterboxd", "--out", storeA.toString());
		run("export", "--format", "jsonl", "--out", storeA.toString());
		StoreFacts expected = StoreFacts.of(storeA.resolve("export/jsonl"));

		List<String> viewings = new ArrayList<>();
		Set<String> ratings = new TreeSet<>();
		Set<String> films = new TreeSet<>();
		for (Path file : exported(storeA)) {
			for (ImportItem item : normalized(file)) {
				if (item instanceof Viewing v) {
					viewings.add(String.join(" | ", v.film().key(), "" + v.watchedOn(),
							"" + (v.rating() == null ? null : v.rating().halfStars()), "" + v.rewatch(),
							TagNormalizer.join(v.tags()), v.review() == null ? "" : v.review().raw()));
					films.add(v.film().key() + " | " + v.film().title() + " | " + v.film().year());
				}
				else if (item instanceof CurrentRating r) {
					ratings.add(r.film().key() + " | " + r.rating().halfStars());
					films.add(r.film().key() + " | " + r.film().title() + " | " + r.film().year());
				}
				else {
					throw new AssertionError("unexpected item " + item);
				}
			}
		}
		viewings.sort(null);

		assertThat(viewings).containsExactlyElementsOf(expected.viewings());
		assertThat(ratings).containsExactlyElementsOf(expected.ratingsWithoutViewing());
		assertThat(films).containsExactlyElementsOf(expected.films());
	}

	@Test
	void importExportImport_sampleStore_secondStoreHoldsTheSameFacts() throws Exception {
		StoreFacts a = roundTrip(Path.of("input/letterboxd-sample-export.zip"), true);

		assertThat(a.viewings()).anySatisfy(v -> assertThat(v).contains(" | true | "));
		assertThat(a.viewings()).anySatisfy(v -> assertThat(v).contains("@ theatre"));
		assertThat(a.viewings()).anySatisfy(v -> assertThat(v).contains("&#39;"));
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "extratone", "patrickmjones" })
	void importExportImport_corpusExport_secondStoreHoldsTheSameFacts(String export) throws Exception {
		Path input = Path.of("../shared/corpus/letterboxd-export", export);
		Assumptions.assumeTrue(Files.exists(input), "../shared/corpus is absent: corpus round trip skipped");

		StoreFacts a = roundTrip(input, false);

		assertThat(a.viewings()).hasSizeGreaterThan(300);
	}

	@Test
	void twoEntriesOfOneFilmOnOneDay_differingOnlyInTheirReview_stayTwoThroughExportAndImport() throws Exception {
		Path file = work.resolve("two-reviews.csv");
		Files.writeString(file, """
				Title,Year,WatchedDate,Rating,Review
				"Paris, Texas",1984,2024-03-01,4,First thoughts: the long walk.
				"Paris, Texas",1984,2024-03-01,4,"Second thoughts, the same night."
				""");
		Path storeA = work.resolve("a");
		Cli first = Cli.run("import", file.toString(), "--out", storeA.toString(), "--no-report");
		Cli again = Cli.run("import", file.toString(), "--out", storeA.toString(), "--no-report");
		run("export", "--format", "letterboxd", "--out", storeA.toString());
		Path storeB = work.resolve("b");
		for (Path exported : exported(storeA)) {
			run("import", exported.toString(), "--out", storeB.toString(), "--no-report");
		}
		run("export", "--format", "jsonl", "--out", storeA.toString());
		run("export", "--format", "jsonl", "--out", storeB.toString());

		assertThat(first.out()).as("two distinct lines are two viewings").contains("2 new, 0 updated, 0 unchanged");
		assertThat(again.out()).as("the same file again adds nothing").contains("0 new, 0 updated, 2 unchanged");
		List<String> a = StoreFacts.of(storeA.resolve("export/jsonl")).viewings();
		assertThat(a).hasSize(2)
			.anySatisfy(v -> assertThat(v).endsWith("First thoughts: the long walk."))
			.anySatisfy(v -> assertThat(v).endsWith("Second thoughts, the same night."));
		assertThat(StoreFacts.of(storeB.resolve("export/jsonl")).viewings()).containsExactlyElementsOf(a);
	}

	/**
	 * import → export letterboxd → import into an empty store; asserts both stores hold
	 * the same facts. With {@code exact} false, viewings compare as a set: the import
	 * format has no viewing URI and no logged date, so entries of one film on one day
	 * that agree on rating, rewatch, tags and review come back as one.
	 */
	private StoreFacts roundTrip(Path input, boolean exact) throws Exception {
		Path storeA = work.resolve("a");
		Path storeB = work.resolve("b");
		run("import", input.toString(), "--out", storeA.toString(), "--no-report");
		run("export", "--format", "letterboxd", "--out", storeA.toString());
		for (Path file : exported(storeA)) {
			run("import", file.toString(), "--out", storeB.toString(), "--no-report");
		}
		run("export", "--format", "jsonl", "--out", storeA.toString());
		run("export", "--format", "jsonl", "--out", storeB.toString());

		StoreFacts a = StoreFacts.of(storeA.resolve("export/jsonl"));
		StoreFacts b = StoreFacts.of(storeB.resolve("export/jsonl"));

		assertThat(b.films()).containsExactlyElementsOf(a.films());
		if (exact) {
			assertThat(b.viewings()).containsExactlyElementsOf(a.viewings());
		}
		else {
			assertThat(new java.util.TreeSet<>(b.viewings()))
				.containsExactlyInAnyOrderElementsOf(new java.util.TreeSet<>(a.viewings()));
		}
		assertThat(b.ratingsWithoutViewing()).containsExactlyElementsOf(a.ratingsWithoutViewing());
		return a;
	}

	private static void run(String... args) {
		Cli run = Cli.run(args);
		assertThat(run.exitCode()).as(String.join(" ", args) + "\n" + run.err()).isZero();
	}

	private static List<Path> exported(Path store) throws Exception {
		try (Stream<Path> files = Files.list(store.resolve("export/letterboxd"))) {
			return files.filter(p -> p.getFileName().toString().matches("letterboxd-import-\\d+\\.csv"))
				.sorted()
				.toList();
		}
	}

	private static List<ImportItem> normalized(Path file) throws Exception {
		LetterboxdImportCsvReader reader = new LetterboxdImportCsvReader(file);
		RowNormalizer normalizer = new RowNormalizer();
		List<ImportItem> items = new ArrayList<>();
		reader.open(new ExecutionContext());
		try {
			for (RawRow row = reader.read(); row != null; row = reader.read()) {
				items.add(Objects.requireNonNull(normalizer.process(row)));
			}
		}
		finally {
			reader.close();
		}
		return items;
	}

}
