package dev.reviewbatch.source.article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import dev.reviewbatch.domain.EntryState;
import dev.reviewbatch.domain.Field;
import dev.reviewbatch.domain.Provenance;
import dev.reviewbatch.domain.RawRow;
import dev.reviewbatch.domain.SourceKind;
import dev.reviewbatch.domain.StarRating;
import dev.reviewbatch.normalize.RatingMention;

/**
 * What a review article says: the film ({@code title}, {@code year}), the review's own
 * title, its author and publish date, its Letterboxd link, its plain text, every rating
 * statement in the text ({@code mentions}, in order), the rating events
 * ({@code ratingHistory}, oldest first, the current one last) and the current
 * {@code rating}.
 * <p>
 * Any component but the lists may be null where the article does not say. An article
 * without a film title or a rating cannot become a review: then {@link #problem()} says
 * why, and {@link #toRows(String)} gives one unreadable row with that reason for the
 * rejects file. Immutable.
 */
public record ParsedArticle(String title, Integer year, String reviewTitle, String author, LocalDate published,
		String letterboxdLink, String text, List<RatingMention> mentions, List<StarRating> ratingHistory,
		StarRating rating, String problem) {

	/** The most characters of the text kept as a row's {@code raw}. */
	static final int RAW_LIMIT = 2_000;

	static final String WHERE = "article";

	/** What an unreadable article's row says it was taken for, before the reason. */
	static final String KIND = "review article";

	public ParsedArticle {
		mentions = List.copyOf(mentions);
		ratingHistory = List.copyOf(ratingHistory);
		if (problem == null && (title == null || rating == null)) {
			throw new IllegalArgumentException("an article without a title or a rating needs a problem");
		}
	}

	/** True when the article can become a review row. */
	public boolean isReadable() {
		return problem == null;
	}

	/**
	 * The article as {@link SourceKind#REVIEW} rows (one), provenance {@code source} +
	 * {@code article}. Fields, each only when known: {@code Name}, {@code Year},
	 * {@code Date} (published, ISO), {@code Rating} (current, as {@code 4.0}),
	 * {@code Review} (the text), {@code Letterboxd URI}, {@code Review Title},
	 * {@code Author}, {@code Rating History} (half-stars in order, {@code 4;8}). An
	 * unreadable article gives one unreadable row whose problem names the kind and the
	 * reason: {@code review article: no rating found: …}.
	 */
	public List<RawRow> toRows(String source) {
		return toRows(source, WHERE, KIND);
	}

	/**
	 * As {@link #toRows(String)}, with {@code where} naming the place in the source (one
	 * review of many) and {@code kind} what an unreadable row says the article was taken
	 * for ({@code review article: no rating found…}).
	 */
	public List<RawRow> toRows(String source, String where, String kind) {
		Provenance from = new Provenance.PageElement(source, where);
		if (problem != null) {
			return List
				.of(RawRow.unreadable(SourceKind.REVIEW, EntryState.LIVE, "", from, raw(), kind + ": " + problem));
		}
		return List.of(new RawRow(SourceKind.REVIEW, EntryState.LIVE, "", from, fields(), raw()));
	}

	private Map<Field, String> fields() {
		Map<Field, String> fields = new EnumMap<>(Field.class);
		put(fields, Field.NAME, title);
		put(fields, Field.YEAR, year == null ? null : year.toString());
		put(fields, Field.DATE, published == null ? null : published.toString());
		put(fields, Field.RATING, rating.stars());
		put(fields, Field.REVIEW, text);
		put(fields, Field.LETTERBOXD_URI, letterboxdLink);
		put(fields, Field.REVIEW_TITLE, reviewTitle);
		put(fields, Field.AUTHOR, author);
		put(fields, Field.RATING_HISTORY, historyText());
		return fields;
	}

	/** {@code 4;8}: the history as half-stars joined with {@code ;}. */
	String historyText() {
		StringJoiner joined = new StringJoiner(";");
		for (StarRating each : ratingHistory) {
			joined.add(Integer.toString(each.halfStars()));
		}
		return joined.toString();
	}

	private String raw() {
		List<String> parts = new ArrayList<>();
		if (title != null) {
			parts.add(year == null ? title : title + " (" + year + ")");
		}
		if (text != null) {
			parts.add(text.length() > RAW_LIMIT ? text.substring(0, RAW_LIMIT) + "…" : text);
		}
		return String.join("\n", parts);
	}

	private static void put(Map<Field, String> fields, Field name, String value) {
		if (value != null && !value.isBlank()) {
			fields.put(name, value);
		}
	}
}
