package dev.reviewbatch.source;

import java.util.List;
import java.util.function.Function;

import org.springframework.batch.infrastructure.item.ItemStreamReader;

import dev.reviewbatch.domain.RawRow;

/**
 * One input of the import job, recognised by its content: what it holds (for the run
 * ledger, before anything is read) and a reader for its rows.
 * <p>
 * Reader contract, for every implementation: each record of each file yields exactly one
 * row (readable, or unreadable with the reason), so rows read always reconcile; on open,
 * the reader skips the rows of each source that {@code consumedSoFar} says this run
 * already committed (the restart position).
 */
public interface ImportSource {

	/**
	 * What the input holds. {@code files} are the provenance source names, in read order.
	 */
	record Overview(String kind, String account, List<String> files, List<String> ignored, boolean completeExport) {

		public Overview {
			files = List.copyOf(files);
			ignored = List.copyOf(ignored);
		}
	}

	Overview overview();

	ItemStreamReader<RawRow> reader(Function<String, Long> consumedSoFar);

}
