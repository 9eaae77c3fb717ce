package dev.reviewbatch.source.letterboxd;

import java.util.List;
import java.util.Optional;

import dev.reviewbatch.domain.EntryState;
import dev.reviewbatch.domain.SourceKind;

/**
 * The CSV files of a Letterboxd export, each with its exact header (FORMATS.md §1.2), in
 * the order they are imported. {@code deleted/} and {@code orphaned/} hold files with the
 * same headers as the top level.
 */
public enum ExportFile {

	PROFILE("profile.csv", SourceKind.PROFILE,
			"Date Joined,Username,Given Name,Family Name,Email Address,Location,Website,Bio,Pronoun,Favorite Films"),
	DIARY("diary.csv", SourceKind.DIARY, "Date,Name,Year,Letterboxd URI,Rating,Rewatch,Tags,Watched Date"),
	REVIEWS("reviews.csv", SourceKind.REVIEW, "Date,Name,Year,Letterboxd URI,Rating,Rewatch,Review,Tags,Watched Date"),
	RATINGS("ratings.csv", SourceKind.RATING, "Date,Name,Year,Letterboxd URI,Rating"),
	WATCHED("watched.csv", SourceKind.WATCHED, "Date,Name,Year,Letterboxd URI"),
	WATCHLIST("watchlist.csv", SourceKind.WATCHLIST, "Date,Name,Year,Letterboxd URI"),
	LIKED_FILMS("likes/films.csv", SourceKind.LIKED_FILM, "Date,Name,Year,Letterboxd URI"),
	LIKED_REVIEWS("likes/reviews.csv", SourceKind.LIKED_LINK, "Date,Content"),
	LIKED_LISTS("likes/lists.csv", SourceKind.LIKED_LINK, "Date,Content"),
	COMMENTS("comments.csv", SourceKind.COMMENT, "Date,Content,Comment"),
	/**
	 * A list file: banner or empty line, metadata table, empty line, entries table
	 * (FORMATS.md §1.5).
	 */
	LIST("lists/", SourceKind.LIST, "Date,Name,Tags,URL,Description");

	/** The header of a list file's second table. */
	public static final String LIST_ENTRIES_HEADER = "Position,Name,Year,URL,Description";

	private final String path;

	private final SourceKind kind;

	private final String header;

	ExportFile(String path, SourceKind kind, String header) {
		this.path = path;
		this.kind = kind;
		this.header = header;
	}

	public SourceKind kind() {
		return kind;
	}

	/** The exact header line (for lists: of the metadata table). */
	public String header() {
		return header;
	}

	public List<String> columns() {
		return List.of(header.split(","));
	}

	/**
	 * The export file at {@code relativePath} ({@code /}-separated, relative to the
	 * export's root), e.g. {@code deleted/diary.csv} is {@link #DIARY}; empty for
	 * anything that is not part of an export.
	 */
	public static Optional<ExportFile> at(String relativePath) {
		String path = withoutStateFolder(relativePath);
		for (ExportFile file : values()) {
			if (file == LIST ? isListPath(path) : file.path.equals(path)) {
				return Optional.of(file);
			}
		}
		return Optional.empty();
	}

	/**
	 * {@code deleted/…} is {@link EntryState#DELETED}, {@code orphaned/…}
	 * {@link EntryState#ORPHANED}, else live.
	 */
	public static EntryState stateOf(String relativePath) {
		if (relativePath.startsWith("deleted/")) {
			return EntryState.DELETED;
		}
		if (relativePath.startsWith("orphaned/")) {
			return EntryState.ORPHANED;
		}
		return EntryState.LIVE;
	}

	/**
	 * The file whose header is exactly {@code headerLine}, where only one file has that
	 * header.
	 */
	public static Optional<ExportFile> withUniqueHeader(String headerLine) {
		ExportFile found = null;
		for (ExportFile file : values()) {
			if (file.header.equals(headerLine)) {
				if (found != null) {
					return Optional.empty();
				}
				found = file;
			}
		}
		return Optional.ofNullable(found);
	}

	private static boolean isListPath(String path) {
		return path.startsWith("lists/") && path.endsWith(".csv") && path.indexOf('/', "lists/".length()) < 0;
	}

	private static String withoutStateFolder(String relativePath) {
		if (stateOf(relativePath) != EntryState.LIVE) {
			return relativePath.substring(relativePath.indexOf('/') + 1);
		}
		return relativePath;
	}

}
