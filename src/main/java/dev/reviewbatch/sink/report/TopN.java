package dev.reviewbatch.sink.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Keeps the first {@code limit} of a stream of values in {@code order}, in memory bounded
 * by the limit. Not thread-safe.
 */
final class TopN<T> {

	private final int limit;

	private final Comparator<T> order;

	private final PriorityQueue<T> worstFirst;

	TopN(int limit, Comparator<T> order) {
		this.limit = limit;
		this.order = order;
		this.worstFirst = new PriorityQueue<>(order.reversed());
	}

	void offer(T value) {
		if (limit <= 0) {
			return;
		}
		if (worstFirst.size() < limit) {
			worstFirst.add(value);
		}
		else if (order.compare(value, worstFirst.peek()) < 0) {
			worstFirst.poll();
			worstFirst.add(value);
		}
	}

	/** The kept values, best first. */
	List<T> best() {
		List<T> sorted = new ArrayList<>(worstFirst);
		sorted.sort(order);
		return sorted;
	}

}
