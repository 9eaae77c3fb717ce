package dev.reviewbatch.accounts;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * One partition per account of the folder, named {@code account-<name>} so that a restart
 * finds each account's partition again. A partition's context names the account, its
 * inputs (one a line) and its output folder ({@code <out>/accounts/<name>}). The grid
 * size is ignored: an account is never split, and the workers bound how many run at once.
 */
class AccountPartitioner implements Partitioner {

	static final String ACCOUNT = "account";

	static final String INPUTS = "inputs";

	static final String OUT = "accountOut";

	private final Path folder;

	private final Path out;

	AccountPartitioner(Path folder, Path out) {
		this.folder = folder;
		this.out = out;
	}

	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
		for (Account account : AccountFolder.read(folder)) {
			ExecutionContext context = new ExecutionContext();
			context.putString(ACCOUNT, account.name());
			context.putString(INPUTS, String.join("\n", account.inputs()));
			context.putString(OUT, outOf(out, account.name()).toString());
			partitions.put("account-" + account.name(), context);
		}
		return partitions;
	}

	/** Where one account's clean files, rejects and run summaries go. */
	static Path outOf(Path out, String account) {
		return out.toAbsolutePath().normalize().resolve("accounts").resolve(account);
	}

	static List<String> inputsOf(ExecutionContext context) {
		return List.of(context.getString(INPUTS).split("\n"));
	}

}
