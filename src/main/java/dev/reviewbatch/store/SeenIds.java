package dev.reviewbatch.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The ids of the viewings a chunk saw unchanged, written as ranges of consecutive ids
 * ({@code run_seen}) in the chunk's transaction: an export in the order of the first one
 * sees long runs of ids, so a million unchanged viewings cost a few thousand small rows
 * instead of a million row updates. {@link GoneMarker} reads them. Not thread-safe.
 */
final class SeenIds {

	private long[] ids = new long[256];

	private int size;

	void add(long id) {
		if (size == ids.length) {
			ids = Arrays.copyOf(ids, size * 2);
		}
		ids[size++] = id;
	}

	void write(JdbcTemplate jdbc, long runId) {
		if (size == 0) {
			return;
		}
		long[] sorted = Arrays.copyOf(ids, size);
		Arrays.sort(sorted);
		List<Object[]> ranges = new ArrayList<>();
		long first = sorted[0];
		long last = first;
		for (int i = 1; i < sorted.length; i++) {
			if (sorted[i] > last + 1) {
				ranges.add(new Object[] { runId, first, last });
				first = sorted[i];
			}
			last = sorted[i];
		}
		ranges.add(new Object[] { runId, first, last });
		jdbc.batchUpdate("INSERT INTO run_seen (run_id, first_id, last_id) VALUES (?, ?, ?)", ranges);
	}

}
