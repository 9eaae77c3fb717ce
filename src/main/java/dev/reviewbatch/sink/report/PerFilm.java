package dev.reviewbatch.sink.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** Groups rows by account and film, keeping each group's rows in their given order; groups sorted by film key, then account. */
final class PerFilm {

	/** The key of one group. */
	record Key(String filmKey, String account) implements Comparable<Key> {

		@Override
		public int compareTo(Key other) {
			int byFilm = filmKey.compareTo(other.filmKey);
			return byFilm != 0 ? byFilm : account.compareTo(other.account);
		}
	}

	private PerFilm() {
	}

	static <T> Map<Key, List<T>> group(List<T> rows, Function<T, FilmRef> film, Function<T, String> account) {
		Map<Key, List<T>> groups = new TreeMap<>();
		for (T row : rows) {
			groups.computeIfAbsent(new Key(film.apply(row).filmKey(), account.apply(row)), k -> new ArrayList<>())
				.add(row);
		}
		return groups;
	}
}
