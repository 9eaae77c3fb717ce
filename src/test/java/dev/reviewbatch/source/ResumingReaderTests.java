package dev.reviewbatch.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import dev.reviewbatch.domain.EntryState;
import dev.reviewbatch.domain.Provenance;
import dev.reviewbatch.domain.RawRow;
import dev.reviewbatch.domain.SourceKind;

class ResumingReaderTests {

	@Test
	void read_freshRun_handsOutEveryRow() throws Exception {
		List<RawRow> rows = readAll(new ResumingReader(rows("a.csv", 2, "b.csv", 1), source -> 0L));

		assertThat(rows).extracting(row -> row.from().describe())
			.containsExactly("a.csv line 1", "a.csv line 2", "b.csv line 1");
	}

	@Test
	void read_afterCommittedRows_skipsThemPerSource() throws Exception {
		Map<String, Long> committed = Map.of("a.csv", 2L, "b.csv", 1L);

		List<RawRow> rows = readAll(new ResumingReader(rows("a.csv", 3, "b.csv", 2, "c.csv", 1),
				source -> committed.getOrDefault(source, 0L)));

		assertThat(rows).extracting(row -> row.from().describe())
			.containsExactly("a.csv line 3", "b.csv line 2", "c.csv line 1");
	}

	@Test
	void read_sourceHeldWholeOrFullyCommitted_handsOutNoneOfIt() throws Exception {
		Map<String, Long> committed = Map.of("a.csv", ResumingReader.WHOLE_SOURCE, "b.csv", 5L);

		List<RawRow> rows = readAll(new ResumingReader(rows("a.csv", 2, "b.csv", 2, "c.csv", 1),
				source -> committed.getOrDefault(source, 0L)));

		assertThat(rows).extracting(row -> row.from().describe()).containsExactly("c.csv line 1");
	}

	@Test
	void read_noAnswerForASource_readsItFromTheStart() throws Exception {
		List<RawRow> rows = readAll(new ResumingReader(rows("a.csv", 2), source -> null));

		assertThat(rows).hasSize(2);
	}

	/** A reader of {@code name, count, name, count, …}: rows numbered from line 1. */
	private static ItemStreamReader<RawRow> rows(Object... namesAndCounts) {
		List<RawRow> rows = new ArrayList<>();
		for (int i = 0; i < namesAndCounts.length; i += 2) {
			for (int line = 1; line <= (Integer) namesAndCounts[i + 1]; line++) {
				rows.add(RawRow.unreadable(SourceKind.DIARY, EntryState.LIVE, "",
						new Provenance.CsvLine((String) namesAndCounts[i], line), "", "test row"));
			}
		}
		Iterator<RawRow> iterator = rows.iterator();
		return new ItemStreamReader<>() {
			@Override
			public RawRow read() {
				return iterator.hasNext() ? iterator.next() : null;
			}
		};
	}

	private static List<RawRow> readAll(ResumingReader reader) throws Exception {
		List<RawRow> rows = new ArrayList<>();
		reader.open(new ExecutionContext());
		for (RawRow row = reader.read(); row != null; row = reader.read()) {
			rows.add(row);
		}
		reader.close();
		return rows;
	}

}
