package dev.reviewbatch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import dev.reviewbatch.ReviewBatchApplication;
import dev.reviewbatch.store.StoreLock;
import dev.reviewbatch.store.StoreSchema;
import dev.reviewbatch.sync.StopSignal;
import picocli.CommandLine.Option;

/**
 * The options every store-using command shares, and how they become the Spring context.
 * The context gets this command line's {@link StopSignal} as a bean: a fresh one, or the
 * scheduler's when it runs the command
 * ({@link ReviewBatchCli#execute(StopSignal, PrintWriter, PrintWriter, String...)}).
 */
class StoreOptions {

	private static final String DB_EXAMPLE = "jdbc:postgresql://localhost/reviews?user=me";

	private final StopSignal stop;

	@Option(names = "--out", defaultValue = "output", paramLabel = "DIR",
			description = "Output folder: clean/, runs/, reports/, rejects.csv and the default store (default: ${DEFAULT-VALUE}).")
	Path out;

	@Option(names = "--db", paramLabel = "JDBC_URL",
			description = {
					"The store's JDBC URL (default: the REVIEWBATCH_DB_URL environment variable, else an H2 file "
							+ "in --out), for example:",
					"jdbc:postgresql://localhost/reviews?user=me" })
	String db;

	StoreOptions() {
		this(new StopSignal());
	}

	StoreOptions(StopSignal stop) {
		this.stop = stop;
	}

	String jdbcUrl() {
		if (db != null) {
			return db;
		}
		String fromEnvironment = environmentUrl();
		if (fromEnvironment != null) {
			return fromEnvironment;
		}
		return "jdbc:h2:file:" + out.toAbsolutePath().normalize().resolve("reviewbatch");
	}

	private static String environmentUrl() {
		String url = System.getenv("REVIEWBATCH_DB_URL");
		return url == null || url.isBlank() ? null : url;
	}

	/** Where the store is, for messages: the H2 file or the URL without credentials. */
	String describeStore() {
		String url = jdbcUrl();
		return url.startsWith("jdbc:h2:file:") ? url.substring("jdbc:h2:file:".length()) + ".mv.db"
				: url.replaceAll("([?&]password=)[^&]*", "$1***");
	}

	/**
	 * Why {@code --out} or the store URL cannot be used, in one line, or {@code null}
	 * when both can. Creates nothing: an output folder that does not exist yet is checked
	 * through its nearest existing parent.
	 */
	String usageProblem() {
		String outProblem = outProblem();
		return outProblem != null ? outProblem : dbProblem();
	}

	private String outProblem() {
		Path absolute = out.toAbsolutePath().normalize();
		if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
			return "--out " + out + ": is a file, not a folder";
		}
		Path existing = absolute;
		while (existing != null && !Files.exists(existing)) {
			existing = existing.getParent();
		}
		if (existing == null || !Files.isDirectory(existing)) {
			return "--out " + out + ": cannot be created (" + existing + " is a file, not a folder)";
		}
		if (!canWriteIn(existing)) {
			return "--out " + out + ": " + (existing.equals(absolute) ? "the folder" : existing) + " is not writable";
		}
		return null;
	}

	/**
	 * Tries it, since permission bits say nothing for root or a read-only mount; the
	 * probe is removed at once.
	 */
	private static boolean canWriteIn(Path folder) {
		try {
			Files.delete(Files.createTempFile(folder, ".reviewbatch-probe-", ".tmp"));
			return true;
		}
		catch (IOException | SecurityException ex) {
			return false;
		}
	}

	private String dbProblem() {
		String from = db != null ? "--db" : environmentUrl() != null ? "REVIEWBATCH_DB_URL" : null;
		if (from == null) {
			return null;
		}
		String url = jdbcUrl();
		if (!url.startsWith("jdbc:")) {
			return from + " '" + describeStore() + "' is not a JDBC URL (for example " + DB_EXAMPLE + ")";
		}
		try {
			DriverManager.getDriver(url);
			return null;
		}
		catch (SQLException ex) {
			return from + " '" + describeStore() + "': no JDBC driver takes this URL (H2 and PostgreSQL are built in)";
		}
	}

	/** Work done with the store open; returns the command's exit code. */
	interface StoreWork {

		int run(ConfigurableApplicationContext context) throws Exception;

	}

	/**
	 * Opens the store, runs {@code work} and closes the store. An unusable {@code --out}
	 * or store URL is exit code 2 with one line, before anything is opened or created; a
	 * store held by another run is exit code 3 with one line saying so, any other failure
	 * exit code 1 with the deepest message, both as {@code reviewbatch COMMAND: …}.
	 */
	int run(String command, PrintWriter err, StoreWork work) {
		return run(command, err, List.of(), work);
	}

	/**
	 * As {@link #run(String, PrintWriter, StoreWork)}, with more Spring properties
	 * ({@code --name=value}) for the context.
	 */
	int run(String command, PrintWriter err, List<String> properties, StoreWork work) {
		String problem = usageProblem();
		if (problem != null) {
			err.println("reviewbatch " + command + ": " + problem);
			return ReviewBatchCli.CANNOT_RUN;
		}
		try (ConfigurableApplicationContext context = openContext(properties)) {
			return work.run(context);
		}
		catch (StoreLock.StoreBusyException ex) {
			err.println("reviewbatch " + command + ": " + ex.getMessage());
			return ReviewBatchCli.STORE_BUSY;
		}
		catch (Exception ex) {
			if (Errors.isStoreInUse(ex)) {
				err.println("reviewbatch " + command + ": the store " + describeStore()
						+ " is in use by another reviewbatch run; try again when it ends");
				return ReviewBatchCli.STORE_BUSY;
			}
			StoreSchema.UnversionedStoreException unversioned = Errors.find(ex,
					StoreSchema.UnversionedStoreException.class);
			if (unversioned != null) {
				err.println(
						"reviewbatch " + command + ": the store " + describeStore() + ": " + unversioned.getMessage());
				return ReviewBatchCli.CANNOT_RUN;
			}
			err.println("reviewbatch " + command + ": " + Errors.oneLine(ex));
			return ReviewBatchCli.FAILED;
		}
	}

	ConfigurableApplicationContext openContext() {
		return openContext(List.of());
	}

	ConfigurableApplicationContext openContext(List<String> properties) {
		SpringApplication application = new SpringApplicationBuilder(ReviewBatchApplication.class)
			.main(ReviewBatchApplication.class) // names the ahead-of-time initializer, on
												// any thread
			.web(WebApplicationType.NONE)
			.logStartupInfo(false)
			.initializers(context -> context.getBeanFactory().registerSingleton("stopSignal", stop))
			.build();
		// command-line properties outrank application.properties
		List<String> arguments = new ArrayList<>(properties);
		arguments.add("--spring.datasource.url=" + jdbcUrl());
		return application.run(arguments.toArray(String[]::new));
	}

}
