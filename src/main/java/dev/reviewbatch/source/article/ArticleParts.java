package dev.reviewbatch.source.article;

/**
 * What a format reader ({@link HtmlArticle}, {@link TextArticle}) found in an article, as
 * raw strings: nothing is parsed or validated yet, any part may be null.
 * {@link ArticleFactory} turns it into a {@link ParsedArticle}.
 *
 * @param headline the headline as written ({@code h1}, {@code og:title}, {@code <title>},
 * front matter {@code title:} or the first line)
 * @param itemName the film's title from structured data (schema.org
 * {@code itemReviewed.name})
 * @param itemYear the film's year from structured data or front matter {@code year:}
 * @param published the publish date as written
 * @param text the review's plain text, without the headline
 * @param declared a rating declared outside the prose (schema.org, front-matter grade)
 * @param problem why the article is unreadable as a whole (e.g. front matter never
 * closed), or null
 */
record ArticleParts(String headline, String itemName, String itemYear, String reviewName, String published,
		String author, String link, String text, DeclaredRating declared, String problem) {
}
