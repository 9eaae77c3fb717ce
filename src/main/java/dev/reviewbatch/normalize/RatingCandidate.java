package dev.reviewbatch.normalize;

import java.math.BigDecimal;
import java.util.regex.Matcher;

/**
 * A rating statement at {@code [start, end)}; {@code weak} when it would be a rating only
 * as a whole value or after a label (a lone {@code ½}).
 */
record RatingCandidate(Score score, int start, int end, boolean isFinal, boolean labeled, boolean weak) {

	static RatingCandidate of(Matcher m, BigDecimal value, int scale) {
		return new RatingCandidate(new Score(value, scale), m.start(), m.end(), false, false, false);
	}

	boolean sameValidRating(RatingCandidate other) {
		return score.problem() == null && other.score.problem() == null && score.rating().equals(other.score.rating());
	}

	RatingCandidate joinedWith(RatingCandidate next) {
		return new RatingCandidate(score, start, next.end, isFinal || next.isFinal, labeled || next.labeled,
				weak && next.weak);
	}

	RatingCandidate labeledFrom(int labelStart, boolean finalLabel) {
		return new RatingCandidate(score, labelStart, end, isFinal || finalLabel, true, weak);
	}

	/** Includes brackets around the statement: {@code (4/5)}. */
	RatingCandidate widenedToParentheses(String text) {
		int before = start - 1;
		while (before >= 0 && text.charAt(before) == ' ') {
			before--;
		}
		int after = end;
		while (after < text.length() && text.charAt(after) == ' ') {
			after++;
		}
		if (before >= 0 && after < text.length() && text.charAt(before) == '(' && text.charAt(after) == ')') {
			return new RatingCandidate(score, before, after + 1, isFinal, labeled, weak);
		}
		return this;
	}
}
