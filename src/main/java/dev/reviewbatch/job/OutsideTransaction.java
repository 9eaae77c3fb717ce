package dev.reviewbatch.job;

import java.util.List;

import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.interceptor.RollbackRuleAttribute;
import org.springframework.transaction.interceptor.RuleBasedTransactionAttribute;
import org.springframework.transaction.interceptor.TransactionAttribute;

/**
 * The transaction attribute of a tasklet step that launches import jobs (the sync's
 * steps, a multi-account partition): no transaction around the step, since each import
 * commits its own chunks and the job repository refuses to start a job inside an active
 * transaction; any exception, checked ones too, fails the step, as with a tasklet step's
 * default attribute (a plain NOT_SUPPORTED attribute would let a checked exception pass
 * as success).
 */
public final class OutsideTransaction {

	public static final TransactionAttribute ATTRIBUTE = new RuleBasedTransactionAttribute(
			TransactionDefinition.PROPAGATION_NOT_SUPPORTED, List.of(new RollbackRuleAttribute(Throwable.class)));

	private OutsideTransaction() {
	}

}
