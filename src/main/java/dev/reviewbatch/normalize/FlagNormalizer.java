package dev.reviewbatch.normalize;

/**
 * Yes/no cells → boolean. Letterboxd CSV writes {@code Yes} or nothing, RSS {@code Yes}
 * or {@code No}; other tools write {@code true}/{@code false} or {@code 1}/{@code 0}.
 * Case and surrounding whitespace are ignored.
 * <p>
 * Errors: any other value throws {@link NormalizationException}. Stateless and
 * thread-safe.
 */
public final class FlagNormalizer {

	private FlagNormalizer() {
	}

	/**
	 * A {@code Rewatch} cell: {@code Yes}/{@code true}/{@code 1} → true;
	 * blank/{@code No}/{@code false}/{@code 0} → false.
	 * @throws NormalizationException for anything else
	 */
	public static boolean rewatch(String raw) {
		return yesNo(raw);
	}

	/**
	 * Any yes/no cell ({@code Liked}, {@code Spoilers}, …), read like {@link #rewatch}.
	 * @throws NormalizationException for anything but yes/no values or blank
	 */
	public static boolean yesNo(String raw) {
		if (raw == null || raw.isEmpty()) {
			return false;
		}
		if ("Yes".equals(raw)) {
			return true;
		}
		String value = TextCleaning.trim(raw);
		if (value.isEmpty() || value.equalsIgnoreCase("no") || value.equalsIgnoreCase("false") || value.equals("0")) {
			return false;
		}
		if (value.equalsIgnoreCase("yes") || value.equalsIgnoreCase("true") || value.equals("1")) {
			return true;
		}
		throw new NormalizationException(raw, "expected Yes, No or blank");
	}

}
