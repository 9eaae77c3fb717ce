package dev.reviewbatch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;

import dev.reviewbatch.job.ReportLauncher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code reviewbatch report}: writes {@code reports/} (index.html, summary.md, data/)
 * from the store, as one run of the {@code reportJob} ({@link ReportLauncher}). A failed
 * report is exit code 1 with the writer's message.
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

	/**
	 * Writes {@code out/reports/} through the report job and returns its index page,
	 * printing nothing; throws what failed the run.
	 */
	static Path writeQuietly(ConfigurableApplicationContext context, Path out) {
		return context.getBean(ReportLauncher.class).write(out);
	}

	/** {@code Report: /abs/path/index.html}. */
	static void say(Path index, PrintWriter say) {
		say.println("Report: " + index.toAbsolutePath().normalize());
		say.flush();
	}

}
