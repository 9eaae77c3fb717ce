package dev.reviewbatch.normalize;

import java.util.List;
import java.util.Locale;

import dev.reviewbatch.domain.StarRating;

/**
 * School letter grades ({@code A+} … {@code F}, as in a Markdown review's
 * {@code grade: A-}) → half-stars.
 * <p>
 * The mapping uses the project's rule for every rating scale (half-stars = value ÷ scale
 * × 10, rounded half up) on a 13-step grade scale, F = 1 … A+ = 13:
 *
 * <pre>
 * A+ 10   A 9   A- 8   B+ 8   B 7   B- 6   C+ 5   C 5   C- 4   D+ 3   D 2   D- 2   F 1
 * </pre>
 *
 * So a C is the middle of the scale (2.5★), A+ is 5★ and F is ½★; A- and B+ share 4★ (13
 * grades cannot fill 10 steps one to one). {@code E} is not a grade; a Unicode minus
 * ({@code −}) or en dash counts as {@code -}.
 * <p>
 * Stateless and thread-safe.
 */
final class LetterGrade {

	/**
	 * Grades from worst to best; the position + 1 is the grade's value on the 13-step
	 * scale.
	 */
	static final List<String> SCALE = List.of("F", "D-", "D", "D+", "C-", "C", "C+", "B-", "B", "B+", "A-", "A", "A+");

	private LetterGrade() {
	}

	/** The grade as half-stars, or null when {@code raw} is not a letter grade. */
	static StarRating parse(String raw) {
		if (raw == null) {
			return null;
		}
		String grade = raw.strip().replace('−', '-').replace('–', '-').toUpperCase(Locale.ROOT);
		int rank = SCALE.indexOf(grade) + 1;
		if (rank == 0) {
			return null;
		}
		int halfStars = (rank * 20 + SCALE.size()) / (2 * SCALE.size()); // rank ÷ 13 ×
																			// 10, rounded
																			// half up
		return StarRating.ofHalfStars(halfStars);
	}

}
