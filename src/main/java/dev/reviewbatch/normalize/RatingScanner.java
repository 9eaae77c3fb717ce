package dev.reviewbatch.normalize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Finds rating statements in text: {@code 4/5}, {@code 7.5/10}, {@code 68/100},
 * {@code 2 out of 5 stars}, {@code three and a half stars}, {@code ★★★½} (also as
 * entities), and after a {@code Rating:}/{@code Score:} label a bare number or
 * percentage. Markup tags and URLs are ignored, numbers need word boundaries, and dates
 * such as {@code 2023/10/21} are not fractions. A glyph run and a fraction side by side
 * with the same value ({@code ★★★★☆ (4/5)}) are one statement; a label in front
 * ({@code Final Rating:}) belongs to it.
 * <p>
 * Candidates may be out of range ({@code 6/5}); the caller decides whether to skip or
 * refuse them. Stateless and thread-safe; all patterns are compiled once.
 */
final class RatingScanner {

	/**
	 * How far a match may reach before or after its keyword; generous for "three and a
	 * half out of five stars".
	 */
	private static final int REACH = 48;

	private RatingScanner() {
	}

	/**
	 * Every candidate in order of appearance, overlaps resolved.
	 * @param wholeValue the text is one rating cell rather than prose, so a lone
	 * {@code ½} counts
	 */
	static List<RatingCandidate> scan(String text, boolean wholeValue) {
		String masked = MarkupMask.mask(text);
		String lowerCase = asciiLowerCase(masked);
		List<RatingCandidate> found = new ArrayList<>();
		for (RatingPattern pattern : RatingPattern.values()) {
			collect(pattern, masked, lowerCase, found);
		}
		if (found.isEmpty()) {
			return List.of();
		}
		List<RatingCandidate> merged = mergeNeighbours(masked, withoutOverlaps(found));
		List<RatingCandidate> result = new ArrayList<>(merged.size());
		for (RatingCandidate candidate : merged) {
			RatingCandidate labeled = withLabel(masked, candidate);
			if (wholeValue || !labeled.weak() || labeled.labeled()) {
				result.add(labeled);
			}
		}
		return result;
	}

	/**
	 * Runs the pattern only around its keywords: every match contains one, so the regex
	 * never walks the rest of a long review.
	 */
	private static void collect(RatingPattern pattern, String text, String lowerCase, List<RatingCandidate> found) {
		int[] keywords = pattern.keywordPositions(lowerCase);
		if (keywords.length == 0) {
			return;
		}
		Matcher m = pattern.matcher(text);
		m.useTransparentBounds(true);
		int i = 0;
		while (i < keywords.length) {
			int from = Math.max(0, keywords[i] - REACH);
			int to = Math.min(text.length(), keywords[i] + REACH);
			while (++i < keywords.length && keywords[i] - REACH <= to) {
				to = Math.min(text.length(), keywords[i] + REACH);
			}
			m.region(from, to);
			while (m.find()) {
				RatingCandidate candidate = pattern.candidate(m, text);
				if (candidate != null) {
					found.add(candidate);
				}
			}
		}
	}

	/** Lower case for ASCII letters only, so that every index stays the same. */
	private static String asciiLowerCase(String text) {
		char[] chars = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= 'A' && c <= 'Z') {
				if (chars == null) {
					chars = text.toCharArray();
				}
				chars[i] = (char) (c + ('a' - 'A'));
			}
		}
		return chars == null ? text : new String(chars);
	}

	private static List<RatingCandidate> withoutOverlaps(List<RatingCandidate> found) {
		found.sort(Comparator.comparingInt(RatingCandidate::start).thenComparingInt(c -> -c.end()));
		List<RatingCandidate> kept = new ArrayList<>(found.size());
		int lastEnd = -1;
		for (RatingCandidate candidate : found) {
			if (candidate.start() >= lastEnd) {
				kept.add(candidate);
				lastEnd = candidate.end();
			}
		}
		return kept;
	}

	/**
	 * {@code ★★★★☆ (4/5)}: neighbours with the same valid rating and only brackets or
	 * dashes between them.
	 */
	private static List<RatingCandidate> mergeNeighbours(String text, List<RatingCandidate> candidates) {
		List<RatingCandidate> merged = new ArrayList<>(candidates.size());
		for (RatingCandidate candidate : candidates) {
			RatingCandidate current = candidate.widenedToParentheses(text);
			RatingCandidate previous = merged.isEmpty() ? null : merged.get(merged.size() - 1);
			if (previous != null && previous.sameValidRating(current)
					&& isJoiner(text, previous.end(), current.start())) {
				merged.set(merged.size() - 1, previous.joinedWith(current));
			}
			else {
				merged.add(current);
			}
		}
		return merged;
	}

	private static boolean isJoiner(String text, int from, int to) {
		if (to < from || to - from > 4) {
			return false;
		}
		for (int i = from; i < to; i++) {
			if (" \u00A0\t-–—|,:".indexOf(text.charAt(i)) < 0) {
				return false;
			}
		}
		return true;
	}

	private static RatingCandidate withLabel(String text, RatingCandidate candidate) {
		if (candidate.labeled()) {
			return candidate;
		}
		Matcher m = RatingPattern.Parts.LABEL_BEFORE.matcher(text);
		m.useTransparentBounds(true);
		m.region(Math.max(0, candidate.start() - 40), candidate.start());
		if (!m.find()) {
			return candidate;
		}
		return candidate.labeledFrom(m.start(), RatingPattern.Parts.isFinalLabel(m.group(1)));
	}

}
