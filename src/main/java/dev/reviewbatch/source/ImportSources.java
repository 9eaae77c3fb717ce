package dev.reviewbatch.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.springframework.batch.infrastructure.item.ItemStreamReader;

import dev.reviewbatch.domain.RawRow;
import dev.reviewbatch.source.csvformats.ImdbRatingsReader;
import dev.reviewbatch.source.csvformats.LetterboxdImportCsvReader;
import dev.reviewbatch.source.letterboxd.ArchiveLimits;
import dev.reviewbatch.source.letterboxd.ExportOverview;
import dev.reviewbatch.source.letterboxd.LetterboxdExportReader;
import dev.reviewbatch.source.letterboxd.NotAnExportException;
import dev.reviewbatch.source.pages.PagesAndFeedsReader;

/**
 * Recognises an input by its content and returns the {@link ImportSource} that reads it:
 * <ol>
 * <li>an RSS feed (file or http(s) URL), a saved page or review article, or a folder of
 * them ({@link PagesAndFeedsReader#handles(String)});</li>
 * <li>a CSV in Letterboxd's import format (written by other tools or by {@code export}),
 * or a folder of them;</li>
 * <li>an IMDb "Your Ratings" CSV, or a folder of them;</li>
 * <li>otherwise a Letterboxd data export (ZIP, folder or one of its CSV files).</li>
 * </ol>
 * Throws {@link NotAnExportException} (one line naming the input and the reason) for an
 * input no source reads.
 */
public final class ImportSources {

	private ImportSources() {
	}

	/**
	 * The input's source, recognised when first asked for its overview or its rows and
	 * then kept: one recognition for the steps of a run. Throws as {@link #detect} does,
	 * from that first call.
	 */
	public static ImportSource recognisedOnce(String input) {
		return new ImportSource() {
			private ImportSource detected;

			@Override
			public Overview overview() {
				return detected().overview();
			}

			@Override
			public ItemStreamReader<RawRow> rowsFromStart(Predicate<String> heldWhole) {
				return detected().rowsFromStart(heldWhole);
			}

			private synchronized ImportSource detected() {
				if (detected == null) {
					detected = detect(input);
				}
				return detected;
			}
		};
	}

	public static ImportSource detect(String input) {
		if (PagesAndFeedsReader.handles(input)) {
			return pagesAndFeeds(input);
		}
		Path path = Path.of(input);
		List<Path> importFormat = csvFiles(path, LetterboxdImportCsvReader::recognises);
		if (!importFormat.isEmpty()) {
			return singleFiles("letterboxd-import-csv", importFormat, LetterboxdImportCsvReader::new);
		}
		List<Path> imdb = csvFiles(path, ImdbRatingsReader::recognises);
		if (!imdb.isEmpty()) {
			return singleFiles("imdb-ratings", imdb, ImdbRatingsReader::new);
		}
		return letterboxdExport(path);
	}

	private static ImportSource pagesAndFeeds(String input) {
		return new ImportSource() {
			@Override
			public Overview overview() {
				List<String> sources = new PagesAndFeedsReader(List.of(input)).sources();
				if (sources.isEmpty()) {
					throw new NotAnExportException(input + ": holds no saved pages, feeds or reviews");
				}
				return new Overview("pages-and-feeds", "", sources, List.of(), false);
			}

			@Override
			public ItemStreamReader<RawRow> rowsFromStart(Predicate<String> heldWhole) {
				return new PagesAndFeedsReader(List.of(input));
			}
		};
	}

	/**
	 * The CSV file itself, or every CSV directly in the folder, when all of them pass
	 * {@code test}.
	 */
	private static List<Path> csvFiles(Path path, Predicate<Path> test) {
		if (Files.isRegularFile(path)) {
			return isCsv(path) && test.test(path) ? List.of(path) : List.of();
		}
		if (!Files.isDirectory(path)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(path)) {
			List<Path> csvs = files.filter(Files::isRegularFile).filter(ImportSources::isCsv).sorted().toList();
			return !csvs.isEmpty() && csvs.stream().allMatch(test) ? csvs : List.of();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static boolean isCsv(Path file) {
		return file.getFileName().toString().toLowerCase().endsWith(".csv");
	}

	private interface FileReaderFactory {

		ItemStreamReader<RawRow> create(Path file);

	}

	private static ImportSource singleFiles(String kind, List<Path> files, FileReaderFactory factory) {
		return new ImportSource() {
			@Override
			public Overview overview() {
				return new Overview(kind, "", files.stream().map(f -> f.getFileName().toString()).toList(), List.of(),
						false);
			}

			@Override
			public ItemStreamReader<RawRow> rowsFromStart(Predicate<String> heldWhole) {
				List<Supplier<ItemStreamReader<RawRow>>> readers = files.stream()
					.<Supplier<ItemStreamReader<RawRow>>>map(file -> () -> factory.create(file))
					.toList();
				return new SequentialReader(readers);
			}
		};
	}

	private static ImportSource letterboxdExport(Path path) {
		return new ImportSource() {
			@Override
			public Overview overview() {
				ExportOverview export = ExportOverview.of(path, ArchiveLimits.DEFAULT);
				return new Overview("letterboxd-export", export.account(), export.files(), export.ignored(),
						export.complete());
			}

			@Override
			public ItemStreamReader<RawRow> rowsFromStart(Predicate<String> heldWhole) {
				return new LetterboxdExportReader(path, ArchiveLimits.DEFAULT, heldWhole);
			}
		};
	}

}
