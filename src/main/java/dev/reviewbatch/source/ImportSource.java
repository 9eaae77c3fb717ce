package dev.reviewbatch.source;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

import org.springframework.batch.infrastructure.item.ItemStreamReader;

import dev.reviewbatch.domain.RawRow;

/**
 * One input of the import job, recognised by its content: what it holds (for the run
 * ledger, before anything is read) and a reader for its rows.
 * <p>
 * Reader contract, for every implementation of {@link #rowsFromStart}: each record of
 * each file yields exactly one row (readable, or unreadable with the reason), so rows
 * read always reconcile; each source's rows come together, named by their provenance
 * source. {@link #reader} adds the restart position ({@link ResumingReader}) to that.
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

	/**
	 * Every row from the first; a source {@code heldWhole} names may be passed over
	 * unread.
	 */
	ItemStreamReader<RawRow> rowsFromStart(Predicate<String> heldWhole);

	/**
	 * The rows this run has not yet committed: {@code consumedSoFar} says how many of a
	 * source's rows it has, {@link ResumingReader#WHOLE_SOURCE} for a source the store
	 * holds whole.
	 */
	default ResumingReader reader(Function<String, Long> consumedSoFar) {
		return new ResumingReader(rowsFromStart(ResumingReader.heldWhole(consumedSoFar)), consumedSoFar);
	}

}
