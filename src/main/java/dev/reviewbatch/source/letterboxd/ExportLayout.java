package dev.reviewbatch.source.letterboxd;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToLongFunction;

/**
 * Sorts the file names found in a ZIP or folder into export files (in import order) and
 * ignored files. A ZIP whose files all sit in one top folder (zipped by hand) is read as
 * if that folder were the root.
 */
record ExportLayout(List<ExportEntry> entries, List<String> ignored) {

	/**
	 * Classifies {@code names} (full names inside the container); throws
	 * {@link NotAnExportException} when none of them is an export file.
	 */
	static ExportLayout classify(Path location, List<String> names, String rootPrefix, ToLongFunction<String> size) {
		List<ExportEntry> entries = new ArrayList<>();
		List<String> ignored = new ArrayList<>();
		for (String name : names) {
			String relative = name.startsWith(rootPrefix) ? name.substring(rootPrefix.length()) : name;
			Optional<ExportFile> file = ExportFile.at(relative);
			if (file.isPresent()) {
				entries
					.add(new ExportEntry(relative, file.get(), ExportFile.stateOf(relative), size.applyAsLong(name)));
			}
			else {
				ignored.add(relative);
			}
		}
		if (entries.isEmpty()) {
			throw new NotAnExportException(location + ": holds no Letterboxd export files "
					+ "(expected diary.csv, ratings.csv, watched.csv, … at its top level)");
		}
		entries.sort(ExportArchive.IMPORT_ORDER);
		ignored.sort(null);
		return new ExportLayout(List.copyOf(entries), List.copyOf(ignored));
	}

	/**
	 * {@code ""} when export files sit at the top level, else the one top folder holding
	 * everything.
	 */
	static String rootPrefix(List<String> names) {
		boolean atRoot = names.stream().anyMatch(name -> ExportFile.at(name).isPresent());
		if (atRoot || names.isEmpty()) {
			return "";
		}
		String first = names.get(0);
		int slash = first.indexOf('/');
		if (slash < 0) {
			return "";
		}
		String prefix = first.substring(0, slash + 1);
		return names.stream().allMatch(name -> name.startsWith(prefix)) ? prefix : "";
	}
}
