package dev.reviewbatch;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Issue 16: dependencies between our packages point one way,
 * {@code cli → jobfile → sync | accounts → job → source | normalize | store | sink →
 * domain} (issue 17's multi-account run sits beside the sync, above the job it runs). A
 * layer may use any layer below it, never one above; the four stages of the middle tier
 * do not use each other, except that a sink may read the store (reports, run summaries
 * and clean files render what the store holds). {@code progress} is a leaf utility that
 * cli, job and sync use and that uses nothing of ours; {@code domain} uses nothing of
 * ours. The application class in {@code dev.reviewbatch} sits above cli, which builds the
 * Spring context from it.
 * <p>
 * The rule is strict: no violation is ignored and there is no frozen baseline, so a new
 * violation always fails.
 */
@AnalyzeClasses(packages = "dev.reviewbatch", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	@ArchTest
	static final ArchRule dependenciesPointOneWay = layeredArchitecture().consideringOnlyDependenciesInLayers()
		.layer("application")
		.definedBy("dev.reviewbatch")
		.layer("cli")
		.definedBy("dev.reviewbatch.cli..")
		.layer("jobfile")
		.definedBy("dev.reviewbatch.jobfile..")
		.layer("sync")
		.definedBy("dev.reviewbatch.sync..")
		.layer("accounts")
		.definedBy("dev.reviewbatch.accounts..")
		.layer("job")
		.definedBy("dev.reviewbatch.job..")
		.layer("source")
		.definedBy("dev.reviewbatch.source..")
		.layer("normalize")
		.definedBy("dev.reviewbatch.normalize..")
		.layer("store")
		.definedBy("dev.reviewbatch.store..")
		.layer("sink")
		.definedBy("dev.reviewbatch.sink..")
		.layer("progress")
		.definedBy("dev.reviewbatch.progress..")
		.layer("domain")
		.definedBy("dev.reviewbatch.domain..")
		.whereLayer("application")
		.mayOnlyBeAccessedByLayers("cli") // the Spring context is built from its class
		.whereLayer("cli")
		.mayOnlyBeAccessedByLayers("application")
		.whereLayer("jobfile")
		.mayOnlyBeAccessedByLayers("application", "cli")
		.whereLayer("sync")
		.mayOnlyBeAccessedByLayers("application", "cli", "jobfile")
		.whereLayer("accounts")
		.mayOnlyBeAccessedByLayers("application", "cli", "jobfile")
		.whereLayer("job")
		.mayOnlyBeAccessedByLayers("application", "cli", "jobfile", "sync", "accounts")
		.whereLayer("source")
		.mayOnlyBeAccessedByLayers("application", "cli", "jobfile", "sync", "accounts", "job")
		.whereLayer("normalize")
		.mayOnlyBeAccessedByLayers("application", "cli", "jobfile", "sync", "accounts", "job")
		.whereLayer("store")
		.mayOnlyBeAccessedByLayers("application", "cli", "jobfile", "sync", "accounts", "job", "sink")
		.whereLayer("sink")
		.mayOnlyBeAccessedByLayers("application", "cli", "jobfile", "sync", "accounts", "job")
		.whereLayer("progress")
		.mayOnlyBeAccessedByLayers("application", "cli", "sync", "job")
		.whereLayer("progress")
		.mayOnlyAccessLayers("domain")
		.whereLayer("domain")
		.mayNotAccessAnyLayer();

}
