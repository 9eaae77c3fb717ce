package dev.reviewbatch.store;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out import run ids (1, 2, 3 …) from the {@code import_run} counter of
 * {@code row_id_block}, each committed at once in its own short transaction, so that
 * imports started at the same time (the partitions of a multi-account run) never share an
 * id. An id is never at or below one the ledger holds, nor below the caller's
 * {@code atLeast} (what the job repository knows of runs that never reached the ledger).
 */
public final class RunNumbers {

	private final JdbcTemplate jdbc;

	private final TransactionTemplate ownTransaction;

	public RunNumbers(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(new JdbcTransactionManager(jdbc.getDataSource()));
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** The next run id, at least {@code atLeast}. */
	public long next(long atLeast) {
		return ownTransaction.execute(status -> {
			// the update locks the counter row until this short transaction commits
			jdbc.update("UPDATE row_id_block SET next_id = GREATEST(next_id, ?, "
					+ "(SELECT COALESCE(MAX(run_id), 0) + 1 FROM import_run)) + 1 WHERE table_name = 'import_run'",
					atLeast);
			return jdbc.queryForObject("SELECT next_id FROM row_id_block WHERE table_name = 'import_run'", Long.class)
					- 1;
		});
	}

}
