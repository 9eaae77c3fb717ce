package dev.reviewbatch.source;

import java.nio.file.Path;
import java.util.function.Function;

import org.springframework.batch.infrastructure.item.ItemStreamReader;

import dev.reviewbatch.domain.RawRow;
import dev.reviewbatch.source.letterboxd.ArchiveLimits;
import dev.reviewbatch.source.letterboxd.ExportOverview;
import dev.reviewbatch.source.letterboxd.LetterboxdExportReader;

/**
 * Recognises an input by its content and returns the {@link ImportSource} that reads it. Throws
 * {@code NotAnExportException} (one line naming the input and the reason) for an input no source can read.
 */
public final class ImportSources {

	private ImportSources() {
	}

	public static ImportSource detect(String input) {
		return letterboxdExport(Path.of(input));
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
			public ItemStreamReader<RawRow> reader(Function<String, Long> consumedSoFar) {
				return new LetterboxdExportReader(path, ArchiveLimits.DEFAULT, consumedSoFar);
			}
		};
	}
}
