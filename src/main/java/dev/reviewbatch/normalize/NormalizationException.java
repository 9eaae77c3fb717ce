package dev.reviewbatch.normalize;

/**
 * A raw value that cannot be turned into a domain value. The message names the value and
 * the reason, e.g. {@code rating "5.5": above 5 stars}; the caller adds where the value
 * came from.
 */
public class NormalizationException extends RuntimeException {

	private final String rawValue;

	public NormalizationException(String rawValue, String reason) {
		super(describe(rawValue) + ": " + reason);
		this.rawValue = rawValue;
	}

	public String rawValue() {
		return rawValue;
	}

	/**
	 * The value as the message quotes it: cut to 200 characters, so a huge value gives a
	 * readable reason.
	 */
	private static String describe(String rawValue) {
		return rawValue == null ? "(no value)" : '"' + dev.reviewbatch.domain.StoreLimits.cut(rawValue, 200) + '"';
	}

}
