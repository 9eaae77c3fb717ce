package dev.reviewbatch.source.csvformats;

import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import dev.reviewbatch.domain.RawRow;

/** Reads every row of a reader, as a step would: open, read to the end, close. */
final class Rows {

	private Rows() {
	}

	static List<RawRow> all(ItemStreamReader<RawRow> reader) throws Exception {
		List<RawRow> rows = new ArrayList<>();
		reader.open(new ExecutionContext());
		try {
			for (RawRow row = reader.read(); row != null; row = reader.read()) {
				rows.add(row);
			}
		}
		finally {
			reader.close();
		}
		return rows;
	}

	static List<RawRow> readable(List<RawRow> rows) {
		return rows.stream().filter(row -> row.problem() == null).toList();
	}

}
