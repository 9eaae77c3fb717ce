package dev.reviewbatch.normalize;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.reviewbatch.domain.StarRating;

/**
 * The rating notations {@link RatingScanner} looks for, each a pattern compiled once and
 * the way a match becomes a {@link RatingCandidate}. Numbers need word boundaries and may
 * not be part of a path, a date or a range.
 * <p>
 * Thread-safe: patterns are immutable, matchers are made per call.
 */
enum RatingPattern {

	/** {@code 4/5}, {@code 7.5/10}, {@code 68/100}, {@code 3,5/5 stars}. */
	FRACTION(List.of("/"), Parts.LB + "(" + Parts.NUM + ")\\s*/\\s*(5|10|100)" + Parts.RB + "(?:\\s*stars?\\b)?") {
		@Override
		RatingCandidate candidate(Matcher m, String text) {
			return RatingCandidate.of(m, RatingValues.number(m.group(1)), Integer.parseInt(m.group(2)));
		}
	},

	/**
	 * {@code 2 out of 5 stars}, {@code 3.5 out of 5}, {@code eight out of ten}; not
	 * {@code 4 out of 5 dentists}.
	 */
	OUT_OF(List.of("out"), Parts.LB + "(" + Parts.NUM + "|" + Parts.WORD_NUM + ")\\s+out\\s+of\\s+" + Parts.SCALE
			+ Parts.RB + "(?:\\s+stars?\\b|(?=\\s+(?:from|for|overall|on|in)\\b)|(?!\\s*\\p{L}))") {
		@Override
		RatingCandidate candidate(Matcher m, String text) {
			return RatingCandidate.of(m, RatingValues.number(m.group(1)), RatingValues.scale(m.group(2)));
		}
	},

	/**
	 * {@code 4 stars}, {@code 4.5 stars}, {@code three and a half stars},
	 * {@code half a star}, {@code 3-star}.
	 */
	STARS(List.of("star"), Parts.LB + "(" + Parts.NUM + "|" + Parts.WORD_NUM + ")[\\s-]*stars?\\b"
			+ "(?:\\s+out\\s+of\\s+" + Parts.SCALE + Parts.RB + ")?(?!\\s+of\\b)") {
		@Override
		RatingCandidate candidate(Matcher m, String text) {
			if (Parts.followsDeterminer(text, m.start())) {
				return null; // "the two stars of the film" are actors
			}
			int scale = m.group(2) == null ? 5 : RatingValues.scale(m.group(2));
			return RatingCandidate.of(m, RatingValues.number(m.group(1)), scale);
		}
	},

	/**
	 * {@code ★★★½}, {@code ★★★★☆}, {@code ⭐⭐⭐}, {@code &#9733;&#189;}; a lone {@code ½}
	 * is weak.
	 */
	GLYPHS(Parts.GLYPH_KEYWORDS, "(?<!\\p{N})" + Parts.GLYPH + "(?:\\s?" + Parts.GLYPH + ")*") {
		@Override
		RatingCandidate candidate(Matcher m, String text) {
			RatingValues.Glyphs glyphs = RatingValues.glyphs(m.group());
			return new RatingCandidate(new Score(glyphs.stars(), 5), m.start(), m.end(), false, false,
					!glyphs.hasStar());
		}
	},

	/**
	 * {@code Rating: 4}, {@code Score: 80%}, {@code Final score = 3.5}: a bare number
	 * needs a label.
	 */
	LABELED_NUMBER(List.of("rating", "score", "verdict"), "\\b" + Parts.LABEL + "\\s*[:=–—-]\\s*(" + Parts.NUM
			+ ")(?:\\s*(%))?" + "(?![\\p{L}\\p{N}_/%½]|[.,]\\p{N}|\\s*/|\\s+out\\b|[\\s-]*stars?\\b)") {
		@Override
		RatingCandidate candidate(Matcher m, String text) {
			int scale = m.group(3) == null ? 5 : 100;
			return new RatingCandidate(new Score(RatingValues.number(m.group(2)), scale), m.start(), m.end(),
					Parts.isFinalLabel(m.group(1)), true, false);
		}
	};

	private final List<String> keywords;

	private final Pattern pattern;

	/**
	 * @param keywords lower-case strings of which every match contains at least one, so
	 * the regex only needs to run around them (see {@link #keywordPositions})
	 */
	RatingPattern(List<String> keywords, String regex) {
		this.keywords = keywords;
		this.pattern = Pattern.compile(regex, Parts.FLAGS);
	}

	/**
	 * Where the keywords occur in {@code lowerCaseText}, ascending; empty when the
	 * pattern cannot match.
	 */
	int[] keywordPositions(String lowerCaseText) {
		int[] positions = new int[0];
		int count = 0;
		for (String keyword : keywords) {
			for (int at = lowerCaseText.indexOf(keyword); at >= 0; at = lowerCaseText.indexOf(keyword, at + 1)) {
				if (count == positions.length) {
					positions = Arrays.copyOf(positions, Math.max(8, count * 2));
				}
				positions[count++] = at;
			}
		}
		int[] result = Arrays.copyOf(positions, count);
		if (keywords.size() > 1) {
			Arrays.sort(result);
		}
		return result;
	}

	Matcher matcher(String text) {
		return pattern.matcher(text);
	}

	/** The candidate for a match, or null when the context shows it is not a rating. */
	abstract RatingCandidate candidate(Matcher m, String text);

	/** Building blocks shared by the patterns and by the label lookup. */
	static final class Parts {

		static final int FLAGS = Pattern.CASE_INSENSITIVE;

		static final String NUM = "(?:\\d{1,3}(?:[.,]\\d{1,2})?|\\d{0,3}½)";

		static final String WORD_NUM = "(?:(?:zero|one|two|three|four|five|six|seven|eight|nine|ten)"
				+ "(?:[\\s-]+and[\\s-]+a[\\s-]+half)?|half(?:\\s+a)?|a\\s+half)";

		static final String SCALE = "(4|5|10|100|four|five|ten)";

		/**
		 * Left boundary: not inside a word, a number, a path or a range
		 * ({@code 3–4 stars}).
		 */
		static final String LB = "(?<![\\p{L}\\p{N}_./½\\-–—])";

		/**
		 * Right boundary: not followed by more of a word, a number, a path or a percent
		 * sign.
		 */
		static final String RB = "(?![\\p{L}\\p{N}_/%½]|[.,]\\p{N})";

		static final String LABEL = "(final\\s+(?:rating|score|verdict)|verdict|rating|score)(?:\\s+(?:is|of))?";

		static final String GLYPH = "(?:[" + StarRating.GLYPHS.characters() + "]\\uFE0F?|"
				+ String.join("|", StarRating.GLYPHS.entities()) + ")";

		/** Every glyph character and entity, lower-case. */
		static final List<String> GLYPH_KEYWORDS = Stream
			.concat(StarRating.GLYPHS.characters().chars().mapToObj(Character::toString),
					StarRating.GLYPHS.entities().stream())
			.toList();

		static final Pattern LABEL_BEFORE = Pattern.compile("\\b" + LABEL + "\\s*[:=–—-]?\\s*$", FLAGS);

		private static final Pattern DETERMINER_BEFORE = Pattern
			.compile("\\b(?:the|its|their|his|her|both|whose|these|those|our|your)\\s+$", FLAGS);

		private Parts() {
		}

		/**
		 * "Final rating", "final score", "final verdict" and "verdict" mark the author's
		 * last word.
		 */
		static boolean isFinalLabel(String label) {
			char first = Character.toLowerCase(label.charAt(0));
			return first == 'f' || first == 'v';
		}

		static boolean followsDeterminer(String text, int start) {
			Matcher m = DETERMINER_BEFORE.matcher(text);
			m.useTransparentBounds(true);
			m.region(Math.max(0, start - 8), start);
			return m.find();
		}

	}

}
