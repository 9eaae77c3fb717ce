package dev.reviewbatch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.reviewbatch.sink.report.ReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code reviewbatch report}: writes {@code reports/} (index.html, summary.md, data/)
 * from the store.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
		description = {
				"Writes reports/ from the store: one page with charts, its facts as text, and the data behind it.",
				"The files are index.html (one self-contained page with charts), summary.md (the same facts as "
						+ "text) and data/ (the CSV and JSON behind every chart and table).",
				"Reads the store only. The same store gives the same files, apart from one generated-at line." })
class ReportCommand implements Callable<Integer> {

	@Mixin
	StoreOptions store;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		PrintWriter err = spec.commandLine().getErr();
		return store.run("report", err, context -> {
			write(context, store.out, spec.commandLine().getOut());
			return ReviewBatchCli.OK;
		});
	}

	/**
	 * Writes {@code out/reports/} from the context's store and says where; used by import
	 * and sync too.
	 */
	static Path write(ConfigurableApplicationContext context, Path out, PrintWriter say) {
		Path index = writeQuietly(context, out);
		say(index, say);
		return index;
	}

	/** Writes {@code out/reports/} and returns its index page, printing nothing. */
	static Path writeQuietly(ConfigurableApplicationContext context, Path out) {
		return new ReportWriter(context.getBean(JdbcTemplate.class)).write(out.resolve("reports"), Instant.now());
	}

	/** {@code Report: /abs/path/index.html}. */
	static void say(Path index, PrintWriter say) {
		say.println("Report: " + index.toAbsolutePath().normalize());
		say.flush();
	}

}
