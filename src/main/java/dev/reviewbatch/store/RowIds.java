package dev.reviewbatch.store;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out the ids of one table's new rows in increasing order, so a load appends to the
 * end of the table's primary key. Ids are reserved in blocks from the table's counter in
 * {@code row_id_block}, each reservation committed at once in its own short transaction:
 * several writers (threads or processes) can append to one store together, and each
 * writer's ids still increase in the order it inserts. A reservation never hands out an
 * id at or below one already stored (a row inserted with an explicit id, as tests and
 * tools do, moves the counter on). Ids left unused in a block, by a rolled-back chunk
 * (the block is kept: its ids are still unused) or at the end of a run, are gaps that
 * nothing reads. Not thread-safe: one per writer.
 */
final class RowIds {

	/** Ids reserved at a time: one chunk's viewings, typically. */
	static final int BLOCK = 5000;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate ownTransaction;

	private final String table;

	private long next;

	private long end;

	RowIds(JdbcTemplate jdbc, String table) {
		this.jdbc = jdbc;
		this.table = table;
		this.ownTransaction = new TransactionTemplate(new JdbcTransactionManager(jdbc.getDataSource()));
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	long next() {
		if (next >= end) {
			next = reserve();
			end = next + BLOCK;
		}
		return next++;
	}

	private long reserve() {
		Long first = ownTransaction.execute(status -> {
			// the update locks the counter row until this short transaction commits
			jdbc.update("UPDATE row_id_block SET next_id = GREATEST(next_id, (SELECT COALESCE(MAX(id), 0) + 1 FROM "
					+ table + ")) + ? WHERE table_name = ?", BLOCK, table);
			return jdbc.queryForObject("SELECT next_id FROM row_id_block WHERE table_name = ?", Long.class, table)
					- BLOCK;
		});
		return first;
	}

}
