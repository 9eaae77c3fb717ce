package dev.reviewbatch.store;

import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import org.h2.engine.Session;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.tx.Transaction;
import org.h2.mvstore.tx.TransactionStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finishes the commits a killed process left half-done in an H2 file store, before
 * anything else writes to it.
 * <p>
 * Why: when a process dies while H2 2.5 is committing a transaction (after it has marked
 * the transaction committed, before it has rewritten the rows), the next open restores
 * that transaction in state COMMITTED but never completes it:
 * {@code Transaction.commit()} skips a transaction that is already COMMITTED. Its rows
 * stay locked by it, and because a COMMITTED transaction counts as "ended", H2's lock
 * wait returns at once and retries for ever: the next run's first update of such a row
 * (Spring Batch's step execution, in {@code JobOperator.recover}) spins at 100% CPU.
 * Finishing the commit (as H2 itself does for such a transaction during its own recovery:
 * rewrite the rows as committed, then end it) makes the killed run's last chunk durable,
 * as its commit had promised, and unlocks the rows.
 * <p>
 * Reaches into H2's transaction store (package-private {@code commit} and
 * {@code endTransaction}); when this H2 cannot be reached that way the store is refused
 * with one line, never left to hang. Does nothing for PostgreSQL, for H2 over TCP or when
 * no such transaction is left.
 */
final class H2LeftoverCommits {

	private static final Logger log = LoggerFactory.getLogger(H2LeftoverCommits.class);

	private H2LeftoverCommits() {
	}

	/**
	 * Finishes every half-done commit of the store {@code connection} belongs to; returns
	 * how many.
	 */
	static int finish(Connection connection) throws SQLException {
		if (!connection.isWrapperFor(JdbcConnection.class)) {
			return 0;
		}
		Session session = connection.unwrap(JdbcConnection.class).getSession();
		if (!(session instanceof SessionLocal local) || local.getDatabase().getStore() == null) {
			return 0;
		}
		TransactionStore store = local.getDatabase().getStore().getTransactionStore();
		List<Transaction> leftovers = store.getOpenTransactions()
			.stream()
			.filter(t -> t.getStatus() == Transaction.STATUS_COMMITTED)
			.toList();
		for (Transaction leftover : leftovers) {
			log.warn("Finishing a commit that an interrupted run had begun (H2 transaction {})", leftover.getId());
			complete(store, leftover);
		}
		return leftovers.size();
	}

	private static void complete(TransactionStore store, Transaction leftover) {
		try {
			Method commit = TransactionStore.class.getDeclaredMethod("commit", Transaction.class, boolean.class);
			Method end = TransactionStore.class.getDeclaredMethod("endTransaction", Transaction.class, boolean.class);
			commit.setAccessible(true);
			end.setAccessible(true);
			commit.invoke(store, leftover, true);
			end.invoke(store, leftover, true);
		}
		catch (ReflectiveOperationException | RuntimeException ex) {
			throw new IllegalStateException("the store holds a commit that a killed run left half-done (H2 transaction "
					+ leftover.getId() + ") and this H2 version cannot finish it: " + ex, ex);
		}
	}

}
