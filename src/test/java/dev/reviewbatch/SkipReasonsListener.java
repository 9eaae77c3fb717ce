package dev.reviewbatch;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints, at the end of a test run, every skipped test (disabled, or aborted by a failed
 * assumption such as "no PostgreSQL configured") with its reason, grouped by reason, so
 * the reasons show in the {@code mvn} output and not only in
 * {@code target/surefire-reports}. Registered through {@code META-INF/services}; writes
 * to the JVM's own stderr because Surefire sends {@code System.out} of the tests to files
 * ({@code redirectTestOutputToFile}).
 */
public final class SkipReasonsListener implements TestExecutionListener {

	private final Map<String, List<String>> testsByReason = new TreeMap<>();

	private TestPlan plan;

	@Override
	public void testPlanExecutionStarted(TestPlan testPlan) {
		plan = testPlan;
		testsByReason.clear();
	}

	@Override
	public void executionSkipped(TestIdentifier test, String reason) {
		record(test, reason);
	}

	@Override
	public void executionFinished(TestIdentifier test, TestExecutionResult result) {
		if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
			record(test, result.getThrowable().map(Throwable::getMessage).orElse("aborted"));
		}
	}

	@Override
	public void testPlanExecutionFinished(TestPlan testPlan) {
		if (testsByReason.isEmpty()) {
			return;
		}
		PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
		int count = testsByReason.values().stream().mapToInt(List::size).sum();
		err.println("[INFO] Skipped tests and why (" + count + "):");
		testsByReason.forEach((reason, tests) -> {
			err.println("[INFO]   " + reason + " (" + tests.size() + "):");
			for (String test : tests) {
				err.println("[INFO]     " + test);
			}
		});
		err.flush();
	}

	private synchronized void record(TestIdentifier test, String reason) {
		String why = reason == null || reason.isBlank() ? "no reason given"
				: reason.replaceFirst("^Assumption failed: ", "").strip().replace('\n', ' ');
		testsByReason.computeIfAbsent(why, r -> new ArrayList<>()).add(name(test));
	}

	/** "ClassName.method" for a method, the class's simple name for a class. */
	private String name(TestIdentifier test) {
		String display = test.getLegacyReportingName();
		if (plan == null) {
			return display;
		}
		return plan.getParent(test)
			.filter(parent -> !test.isContainer())
			.map(parent -> simple(parent.getLegacyReportingName()) + "." + display)
			.orElse(simple(display));
	}

	private static String simple(String className) {
		return className.substring(className.lastIndexOf('.') + 1);
	}

}
