package dev.reviewbatch.domain;

/**
 * A closed range of years, {@code first} to {@code last} inclusive. Immutable; the
 * constructor rejects a range whose end comes before its start.
 */
public record YearRange(int first, int last) {

	public YearRange {
		if (last < first) {
			throw new IllegalArgumentException("a year range ends before it starts: " + first + " to " + last);
		}
	}

	public boolean contains(int year) {
		return year >= first && year <= last;
	}

	/** {@code 1870 to 2200}, as messages name the range. */
	@Override
	public String toString() {
		return first + " to " + last;
	}

}
