package dev.reviewbatch.source.article;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.reviewbatch.domain.EntryState;
import dev.reviewbatch.domain.Field;
import dev.reviewbatch.domain.Provenance;
import dev.reviewbatch.domain.RawRow;
import dev.reviewbatch.domain.SourceKind;

/**
 * What a format reader ({@link HtmlArticle}, {@link TextArticle}, {@link ReviewSections},
 * {@link MarkdownReviewSections}) found in an article, as raw strings: nothing is parsed
 * or validated, any part may be null. {@link #toRow} hands it to normalize, which turns
 * it into a review.
 *
 * @param headline the headline as written ({@code h1}, {@code og:title}, {@code <title>},
 * front matter {@code title:} or the first line)
 * @param itemName the film's title from structured data (schema.org
 * {@code itemReviewed.name}, a front-matter film table)
 * @param itemYear the film's year from structured data or front matter {@code year:}
 * @param reviewName the review's own title from structured data
 * @param published the publish date as written
 * @param body the review's markup (HTML, Markdown or plain text), without the headline
 * @param declared a rating declared outside the prose (schema.org, front matter, a rating
 * widget or star run), or null
 * @param problem why the article is unreadable as a whole (e.g. front matter never
 * closed), or null
 * @param dateline on a page of many reviews without a {@code published} date: what the
 * review's heading says beside the film's title, where normalize looks for the date
 * first, then in the review's first short line that reads as a date (in HTML an element
 * marked {@link Field#DATELINE_MARK}, in text any line); else null
 * @param html whether {@code body} is HTML (else Markdown or plain text)
 */
record ArticleParts(String headline, String itemName, String itemYear, String reviewName, String published,
		String author, String link, String body, DeclaredRating declared, String problem, String dateline,
		boolean html) {

	/** The most characters of the body kept as a row's {@code raw}. */
	static final int RAW_LIMIT = 2_000;

	/** Where a page of one review is, in its provenance. */
	static final String WHERE = "article";

	/** What the row of a page of one review says it was taken for. */
	static final String KIND = "review article";

	/**
	 * The article as one {@link SourceKind#REVIEW} row, provenance {@code source} +
	 * {@code where}. Fields, each only when the article has it (blank values kept as
	 * written): {@code Article} ({@code kind}: what a reject says the article was taken
	 * for), {@code Review Number} (its place among several), {@code Headline},
	 * {@code Name} and {@code Year} (structured data), {@code Review Title},
	 * {@code Date}, {@code Author}, {@code Letterboxd URI}, {@code Review} (the markup),
	 * the declared rating as {@code Declared Rating}, {@code Grade}, {@code Rating Value}
	 * and {@code Best Rating}, {@code Problem}, and the heading's dateline as
	 * {@code Dateline} (HTML) or {@code Text Dateline}.
	 * @param number the review's place on a page of several (from 1), or null
	 */
	RawRow toRow(String source, String where, String kind, Integer number) {
		Map<Field, String> fields = new EnumMap<>(Field.class);
		put(fields, Field.ARTICLE, kind);
		put(fields, Field.REVIEW_NUMBER, number == null ? null : number.toString());
		put(fields, Field.HEADLINE, headline);
		put(fields, Field.NAME, itemName);
		put(fields, Field.YEAR, itemYear);
		put(fields, Field.REVIEW_TITLE, reviewName);
		put(fields, Field.DATE, published);
		put(fields, Field.AUTHOR, author);
		put(fields, Field.LETTERBOXD_URI, link);
		put(fields, Field.REVIEW, body);
		if (declared != null) {
			put(fields, Field.DECLARED_RATING, declared.notation());
			put(fields, Field.GRADE, declared.grade());
			put(fields, Field.RATING_VALUE, declared.value());
			put(fields, Field.BEST_RATING, declared.best());
		}
		put(fields, Field.PROBLEM, problem);
		if (dateline != null) {
			put(fields, html ? Field.DATELINE_HTML : Field.DATELINE_TEXT, dateline);
		}
		return new RawRow(SourceKind.REVIEW, EntryState.LIVE, "", new Provenance.PageElement(source, where), fields,
				raw());
	}

	/** The rows of a source's articles: one, or one per review of a page of several. */
	static List<RawRow> toRows(List<ArticleParts> articles, String source) {
		if (articles.size() == 1) {
			return List.of(articles.get(0).toRow(source, WHERE, KIND, null));
		}
		return java.util.stream.IntStream.range(0, articles.size())
			.mapToObj(i -> articles.get(i)
				.toRow(source, WHERE + ", review " + (i + 1),
						"page of " + articles.size() + " reviews, review " + (i + 1), i + 1))
			.toList();
	}

	private String raw() {
		if (body == null) {
			return headline;
		}
		return body.length() > RAW_LIMIT ? body.substring(0, RAW_LIMIT) + "…" : body;
	}

	/** Puts a value that is there; an empty one stays, for normalize to judge. */
	private static void put(Map<Field, String> fields, Field field, String value) {
		if (value != null) {
			fields.put(field, value);
		}
	}

}
