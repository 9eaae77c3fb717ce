package dev.reviewbatch.normalize;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.reviewbatch.domain.StarRating;

/**
 * Rating notations → {@link StarRating} (half-stars 1..10). On any scale, half-stars =
 * value ÷ scale × 10, rounded half up; a bare number is on the 5-star scale.
 * <ul>
 * <li>{@link #parse(String)}: one rating cell in any notation: {@code 4}, {@code 3,5},
 * {@code ★★★½}, {@code &#9733;&#189;}, {@code 4/5}, {@code (4/5)}, {@code 7.5/10},
 * {@code 68/100}, {@code 80%}, {@code 4 stars}, {@code three and a half stars},
 * {@code 3.5 out of 5}, Letterboxd classes {@code rated-7} / {@code rated-large-10}, or a
 * sentence that states one.</li>
 * <li>{@link #parseLetterboxd(String)}: the hot path for Letterboxd CSV/RSS cells
 * ({@code 4}, {@code 4.5}, {@code 2.0}).</li>
 * <li>{@link #findAll(String)}: every rating statement in free text, with
 * {@link #current(List)} and {@link #history(List)} over them.</li>
 * </ul>
 * Blank → null. A value that is not a rating → {@link NormalizationException} with the
 * reason ("above 5 stars", "0 is not a rating …", "no rating found"). Free text never
 * throws: what is not a valid rating is skipped.
 * <p>
 * Stateless and thread-safe.
 */
public final class RatingNormalizer {

	private static final Pattern RATED_CLASS = Pattern
		.compile("(?<![\\p{L}\\p{N}_-])rated-(?:large-)?(\\d{1,2})(?![\\p{L}\\p{N}_-])");

	private static final BigDecimal TWO = BigDecimal.valueOf(2);

	private static final Pattern PERCENT = Pattern.compile("(\\d{1,3}(?:[.,]\\d{1,2})?)\\s*%");

	private RatingNormalizer() {
	}

	/**
	 * One rating in any notation; in a sentence with several statements, the final (or
	 * else the last) one.
	 * @return the rating, or null when {@code raw} is blank
	 * @throws NormalizationException when the value is out of range or no rating is found
	 */
	public static StarRating parse(String raw) {
		if (TextCleaning.isBlank(raw)) {
			return null;
		}
		String text = TextCleaning.oneLine(raw);
		Score score = Score.plainNumber(text);
		if (score == null) {
			score = notation(text, raw);
		}
		return score.require(raw);
	}

	/**
	 * A Letterboxd {@code Rating} / RSS {@code memberRating} cell: {@code 0.5} to
	 * {@code 5} in half steps, with or without {@code .0}. Unlike {@link #parse(String)}
	 * it accepts nothing else, so {@code 8} is "above 5 stars".
	 * @return the rating, or null when {@code raw} is blank
	 * @throws NormalizationException when the cell is not such a value
	 */
	public static StarRating parseLetterboxd(String raw) {
		if (raw == null || raw.isEmpty()) {
			return null;
		}
		int length = raw.length();
		char whole = raw.charAt(0);
		if (length == 1 && whole >= '1' && whole <= '5') {
			return Score.rating((whole - '0') * 2);
		}
		if (length == 3 && whole >= '0' && whole <= '5' && raw.charAt(1) == '.') {
			char fraction = raw.charAt(2);
			int halfStars = (whole - '0') * 2 + (fraction == '5' ? 1 : 0);
			if ((fraction == '0' || fraction == '5') && halfStars >= 1 && halfStars <= 10) {
				return Score.rating(halfStars);
			}
		}
		return letterboxdSlowPath(raw);
	}

	/**
	 * Every rating statement in free text (HTML tags and URLs ignored), in order of
	 * appearance. A bare number counts only after a {@code Rating:}/{@code Score:} label;
	 * out-of-range statements ({@code 11/10}) are skipped.
	 * @return the mentions; empty for blank text, never null
	 */
	public static List<RatingMention> findAll(String text) {
		if (TextCleaning.isBlank(text)) {
			return List.of();
		}
		List<RatingMention> mentions = new ArrayList<>();
		for (RatingCandidate candidate : RatingScanner.scan(text, false)) {
			if (candidate.score().problem() == null) {
				mentions.add(new RatingMention(candidate.score().rating(), candidate.start(), candidate.end(),
						text.substring(candidate.start(), candidate.end()), candidate.isFinal()));
			}
		}
		return List.copyOf(mentions);
	}

	/**
	 * The rating the author ends up with: the last explicit final statement if any, else
	 * the last mention.
	 */
	public static Optional<RatingMention> current(List<RatingMention> mentions) {
		RatingMention last = null;
		RatingMention lastFinal = null;
		for (RatingMention mention : mentions) {
			last = mention;
			if (mention.isFinal()) {
				lastFinal = mention;
			}
		}
		return Optional.ofNullable(lastFinal != null ? lastFinal : last);
	}

	/**
	 * The rating events: consecutive mentions with the same rating collapse into the
	 * first of them, so "2 out of 5 … 4 out of 5 … Final Rating: ★★★★☆" is two events, 2★
	 * then 4★. A value that comes back later after a different one is a new event.
	 */
	public static List<RatingMention> history(List<RatingMention> mentions) {
		List<RatingMention> events = new ArrayList<>();
		RatingMention previous = null;
		for (RatingMention mention : mentions) {
			if (!mention.sameRatingAs(previous)) {
				events.add(mention);
			}
			previous = mention;
		}
		return List.copyOf(events);
	}

	/**
	 * Classes, percentages, glyphs, fractions, words: the first notation that fits, or a
	 * refusal.
	 */
	private static Score notation(String text, String raw) {
		Matcher m = RATED_CLASS.matcher(text);
		if (m.find()) {
			return new Score(RatingValues.number(m.group(1)), 10);
		}
		m = PERCENT.matcher(text);
		if (m.matches()) {
			return new Score(RatingValues.number(m.group(1)), 100);
		}
		List<RatingCandidate> candidates = RatingScanner.scan(text, true);
		RatingCandidate chosen = null;
		for (RatingCandidate candidate : candidates) {
			if (candidate.score().problem() == null && (chosen == null || !chosen.isFinal() || candidate.isFinal())) {
				chosen = candidate;
			}
		}
		if (chosen != null) {
			return chosen.score();
		}
		if (!candidates.isEmpty()) {
			return candidates.get(0).score(); // refused with its own reason
		}
		throw new NormalizationException(raw, "no rating found");
	}

	private static StarRating letterboxdSlowPath(String raw) {
		if (TextCleaning.isBlank(raw)) {
			return null;
		}
		Score score = Score.plainNumber(TextCleaning.trim(raw));
		if (score == null) {
			throw new NormalizationException(raw, "not a Letterboxd rating (expected 0.5 to 5 in half steps)");
		}
		StarRating rating = score.require(raw);
		if (score.value().multiply(TWO).stripTrailingZeros().scale() > 0) {
			throw new NormalizationException(raw, "not a half-star step (expected 0.5 to 5 in half steps)");
		}
		return rating;
	}

}
