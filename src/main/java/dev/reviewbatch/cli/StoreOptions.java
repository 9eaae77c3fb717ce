package dev.reviewbatch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import dev.reviewbatch.ReviewBatchApplication;
import dev.reviewbatch.job.StoreLock;
import picocli.CommandLine.Option;

/** The options every store-using command shares, and how they become the Spring context. */
class StoreOptions {

	@Option(names = "--out", defaultValue = "output", paramLabel = "DIR",
			description = "Output folder: clean/, runs/, reports/, rejects.csv and the default store (default: ${DEFAULT-VALUE}).")
	Path out;

	@Option(names = "--db", paramLabel = "JDBC_URL",
			description = "The store's JDBC URL, e.g. jdbc:postgresql://localhost/reviews?user=me (default: an H2 file in --out; "
					+ "or the REVIEWBATCH_DB_URL environment variable).")
	String db;

	String jdbcUrl() {
		if (db != null) {
			return db;
		}
		String fromEnvironment = System.getenv("REVIEWBATCH_DB_URL");
		if (fromEnvironment != null && !fromEnvironment.isBlank()) {
			return fromEnvironment;
		}
		return "jdbc:h2:file:" + out.toAbsolutePath().normalize().resolve("reviewbatch");
	}

	/** Where the store is, for messages: the H2 file or the URL without credentials. */
	String describeStore() {
		String url = jdbcUrl();
		return url.startsWith("jdbc:h2:file:") ? url.substring("jdbc:h2:file:".length()) + ".mv.db"
				: url.replaceAll("([?&]password=)[^&]*", "$1***");
	}

	/** Work done with the store open; returns the command's exit code. */
	interface StoreWork {

		int run(ConfigurableApplicationContext context) throws Exception;
	}

	/**
	 * Opens the store, runs {@code work} and closes the store; a store held by another run is exit code 3 with one
	 * line saying so, any other failure exit code 1 with the deepest message, both as {@code reviewbatch COMMAND: …}.
	 */
	int run(String command, PrintWriter err, StoreWork work) {
		try (ConfigurableApplicationContext context = openContext()) {
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
			err.println("reviewbatch " + command + ": " + Errors.oneLine(ex));
			return ReviewBatchCli.FAILED;
		}
	}

	ConfigurableApplicationContext openContext() {
		SpringApplication application = new SpringApplicationBuilder(ReviewBatchApplication.class)
			.main(ReviewBatchApplication.class) // names the ahead-of-time initializer, on any thread
			.web(WebApplicationType.NONE)
			.logStartupInfo(false)
			.build();
		// command-line properties outrank application.properties
		return application.run("--spring.datasource.url=" + jdbcUrl());
	}
}
