package dev.reviewbatch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.springframework.batch.core.BatchStatus;
import org.springframework.context.ConfigurableApplicationContext;

import dev.reviewbatch.accounts.AccountFolder;
import dev.reviewbatch.accounts.AccountsLauncher;
import dev.reviewbatch.accounts.AccountsLauncher.AccountResult;
import dev.reviewbatch.accounts.AccountsSettings;
import dev.reviewbatch.accounts.AccountsWorker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code reviewbatch accounts FOLDER}: imports many accounts in one run, one partition
 * per account: on threads of this process (local, the default), or as the manager of
 * worker processes that take the partitions from a RabbitMQ queue
 * ({@code --role manager}, and {@code reviewbatch accounts --role worker} on each worker
 * machine), all on one PostgreSQL store. Exit code 0 when every account completed, 1 when
 * any failed (each named), 2 for unusable options or folder, 3 when the store, the folder
 * or an account is in use by another run.
 */
@Command(name = "accounts", mixinStandardHelpOptions = true,
		description = { "Imports many accounts: one folder per account, each partition one account's import.",
				"FOLDER holds a folder per account, named by its Letterboxd username, with its exports, CSVs, "
						+ "feed files or saved pages, and optionally feeds.txt (one feed URL a line).",
				"Each account's clean files, rejects and run summaries go to OUT/accounts/NAME/; the clean files "
						+ "and reports of all accounts to OUT/clean/ and OUT/reports/.",
				"A run that failed resumes when run again: completed accounts are skipped, the others resume "
						+ "after their last committed chunk.",
				"Remote mode (several machines): one --role manager and any number of --role worker processes, "
						+ "with one PostgreSQL --db and one RabbitMQ --broker; see docs/multi-account.md." })
class AccountsCommand implements Callable<Integer> {

	@Parameters(index = "0", arity = "0..1", paramLabel = "FOLDER",
			description = "The folder of accounts (not for --role worker).")
	Path folder;

	@Mixin
	StoreOptions store;

	@Option(names = "--role", defaultValue = "local", paramLabel = "local|manager|worker",
			description = "Where partitions run: local threads (default), or sent to workers (manager), or taken "
					+ "from the broker (worker).")
	String role;

	@Option(names = "--threads", defaultValue = "2", paramLabel = "N",
			description = "Partitions at a time in this process (local or worker; default: ${DEFAULT-VALUE}).")
	int threads;

	@Option(names = "--broker", paramLabel = "AMQP_URL",
			description = "The RabbitMQ broker for manager and workers (default: the REVIEWBATCH_BROKER_URL "
					+ "environment variable), e.g. amqp://user:password@host:5672")
	String broker;

	@Option(names = "--queue", defaultValue = "reviewbatch.accounts.partitions", paramLabel = "NAME",
			description = "The broker's queue of partition requests (default: ${DEFAULT-VALUE}); manager and workers "
					+ "of one run use the same.")
	String queue;

	@Option(names = "--timeout-minutes", defaultValue = "0", paramLabel = "M",
			description = "How long a manager waits for its partitions before it fails the run (0: no limit).")
	long timeoutMinutes;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		PrintWriter err = spec.commandLine().getErr();
		String refusal = refusal();
		if (refusal != null) {
			err.println("reviewbatch accounts: " + refusal);
			return ReviewBatchCli.CANNOT_RUN;
		}
		if (!"local".equals(role)) {
			// the jar's ahead-of-time bean definitions were decided for local mode; a
			// manager or worker (long-running, its start-up time does not matter)
			// evaluates its beans' conditions at run time
			System.setProperty("spring.aot.enabled", "false");
		}
		return store.run("accounts", err, properties(),
				context -> "worker".equals(role) ? serve(context) : runAccounts(context, err));
	}

	private List<String> properties() {
		List<String> properties = new ArrayList<>();
		properties.add("--" + AccountsSettings.ROLE + "=" + role);
		properties.add("--reviewbatch.accounts.threads=" + threads);
		properties.add("--reviewbatch.accounts.timeout-minutes=" + timeoutMinutes);
		properties.add("--reviewbatch.accounts.queue=" + queue);
		if (brokerUrl() != null) {
			properties.add("--reviewbatch.accounts.broker=" + brokerUrl());
		}
		// a partition holds a chunk's connection, a short one for ids and films, and its
		// account lock's
		properties.add("--spring.datasource.hikari.maximum-pool-size=" + (3 * threads + 4));
		// many processes launch jobs on one repository at once: Spring Batch's
		// SERIALIZABLE default for creating executions fails them on PostgreSQL
		properties.add("--spring.batch.jdbc.isolation-level-for-create=read_committed");
		return properties;
	}

	private String brokerUrl() {
		if (broker != null) {
			return broker;
		}
		String fromEnvironment = System.getenv("REVIEWBATCH_BROKER_URL");
		return fromEnvironment == null || fromEnvironment.isBlank() ? null : fromEnvironment;
	}

	/** Why the options or the folder cannot be used, in one line, or {@code null}. */
	private String refusal() {
		if (!List.of("local", "manager", "worker").contains(role)) {
			return "--role " + role + ": one of local, manager, worker";
		}
		if (threads < 1 || threads > 64) {
			return "--threads " + threads + ": from 1 to 64";
		}
		boolean remote = !"local".equals(role);
		if (remote && !store.jdbcUrl().startsWith("jdbc:postgresql:")) {
			return "--role " + role + " needs one PostgreSQL store shared by every process "
					+ "(--db jdbc:postgresql://HOST/DB?user=…, or REVIEWBATCH_DB_URL)";
		}
		if (remote && brokerUrl() == null) {
			return "--role " + role + " needs the RabbitMQ broker (--broker amqp://USER:PASSWORD@HOST:5672, "
					+ "or REVIEWBATCH_BROKER_URL)";
		}
		if ("worker".equals(role)) {
			return folder == null ? store.usageProblem()
					: "a worker takes its accounts from the manager; give FOLDER to the manager";
		}
		if (folder == null) {
			return "FOLDER is missing: the folder of accounts to import";
		}
		try {
			AccountFolder.read(folder);
		}
		catch (AccountFolder.AccountFolderException ex) {
			return ex.getMessage();
		}
		return store.usageProblem();
	}

	private int runAccounts(ConfigurableApplicationContext context, PrintWriter err) throws Exception {
		AccountsLauncher.Outcome outcome = context.getBean(AccountsLauncher.class).run(folder, store.out);
		PrintWriter out = spec.commandLine().getOut();
		List<AccountResult> accounts = outcome.accounts();
		int width = accounts.stream().mapToInt(a -> a.account().length()).max().orElse(7);
		for (AccountResult account : accounts) {
			out.println(String.format(Locale.ROOT, "  %-" + width + "s  %-9s  %s", account.account(),
					account.status().name().toLowerCase(Locale.ROOT),
					account.completed() ? String.format(Locale.ROOT, "%,d rows read, %,d rejected", account.rowsRead(),
							account.rowsRejected()) : account.problem()));
		}
		out.println("Steps: " + outcome.execution()
			.getStepExecutions()
			.stream()
			.filter(step -> step.getStartTime() != null && step.getEndTime() != null)
			.map(step -> String.format(Locale.ROOT, "%s %.1f s", step.getStepName(),
					Duration.between(step.getStartTime(), step.getEndTime()).toMillis() / 1000.0))
			.collect(Collectors.joining(", ")));
		long completed = accounts.stream().filter(AccountResult::completed).count();
		out.println(completed + " of " + accounts.size() + " accounts completed; each in "
				+ store.out.resolve("accounts").toAbsolutePath().normalize() + "/NAME/");
		if (outcome.execution().getStatus() == BatchStatus.COMPLETED) {
			out.println("All accounts: " + store.out.resolve("clean").toAbsolutePath().normalize() + "/ and "
					+ store.out.resolve("reports").resolve("index.html").toAbsolutePath().normalize());
			out.flush();
			return ReviewBatchCli.OK;
		}
		out.flush();
		List<String> failed = outcome.failed().stream().map(AccountResult::account).toList();
		err.println("reviewbatch accounts: the run " + outcome.execution().getStatus().name().toLowerCase(Locale.ROOT)
				+ (failed.isEmpty() ? ": " + failure(outcome)
						: "; accounts not completed: " + String.join(", ", failed))
				+ "; run the same command again to resume them");
		return ReviewBatchCli.FAILED;
	}

	private static String failure(AccountsLauncher.Outcome outcome) {
		return outcome.execution()
			.getAllFailureExceptions()
			.stream()
			.findFirst()
			.map(Errors::oneLine)
			.orElse("see the log");
	}

	/** A worker: takes partitions until the process is stopped. */
	private int serve(ConfigurableApplicationContext context) throws InterruptedException {
		context.getBean(AccountsWorker.class).start();
		PrintWriter out = spec.commandLine().getOut();
		out.println("reviewbatch accounts: worker taking partitions, " + threads
				+ " at a time; stop it with Ctrl-C or SIGTERM (a partition it is running goes to another worker)");
		out.flush();
		while (context.isActive()) {
			Thread.sleep(1000);
		}
		return ReviewBatchCli.OK;
	}

}
