package dev.reviewbatch.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.reviewbatch.launcher.FakeInstall.Run;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code bin/reviewbatch} with fake JDKs: which java it runs, with which cache and
 * options.
 */
class LauncherTests {

	@TempDir
	Path folder;

	FakeInstall install;

	Path jdk17;

	Path jdk21;

	Path jdk25;

	@BeforeEach
	void fakeJdks() throws Exception {
		install = new FakeInstall(folder);
		jdk17 = install.jdk("jdk-17", "17.0.9");
		jdk21 = install.jdk("jdk-21", "21.0.2");
		jdk25 = install.jdk("temurin-25-jdk", "25.0.1");
	}

	@Test
	void javaHome_winsOverAJdk25InTheSearchRoots() throws Exception {
		Run run = install.launch(Map.of("JAVA_HOME", jdk17.toString()), "import", "export.zip");

		assertThat(run.exitCode()).isZero();
		assertThat(run.java()).isEqualTo(jdk17 + "/bin/java");
		assertThat(run.args()).endsWith("-jar", install.app + "/reviewbatch.jar", "import", "export.zip");
	}

	@Test
	void withoutJavaHome_theNewestJdk25OrLaterIsChosen_olderOnesAndJavaOnPathAreNot() throws Exception {
		install.javaOnPath("17.0.9");
		Path jdk26 = install.jdk("jdk-26", "26");

		Run run = install.launch(Map.of(), "--help");

		assertThat(run.exitCode()).isZero();
		assertThat(run.java()).isEqualTo(jdk26 + "/bin/java");
		assertThat(run.args()).endsWith("--help");
	}

	@Test
	void withoutJavaHomeOrJdk25_javaOnPathIsRun() throws Exception {
		Files.walk(jdk25).sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		install.javaOnPath("17.0.9");

		Run run = install.launch(Map.of(), "validate", "upload.csv");

		assertThat(run.exitCode()).isZero();
		assertThat(run.java()).isEqualTo(install.pathDir + "/java");
		assertThat(run.args()).endsWith("validate", "upload.csv");
	}

	@Test
	void reviewbatchJava_forcesAJdk_overJavaHome() throws Exception {
		Run run = install.launch(Map.of("REVIEWBATCH_JAVA", jdk21.toString(), "JAVA_HOME", jdk17.toString()),
				"--version");

		assertThat(run.java()).isEqualTo(jdk21 + "/bin/java");
	}

	@Test
	void jvmDefaults_comeFirst_soJavaOptsOverrideThem_andCanBeDropped() throws Exception {
		Run defaults = install.launch(Map.of("JAVA_OPTS", "-Xmx2g -XX:+UseParallelGC"), "--help");
		Run none = install.launch(Map.of("REVIEWBATCH_JVM_DEFAULTS", ""), "--help");

		assertThat(defaults.args()).containsSubsequence("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx2g",
				"-XX:+UseParallelGC", "-jar");
		int defaultHeap = defaults.args()
			.indexOf(defaults.args().stream().filter(arg -> arg.startsWith("-Xmx")).findFirst().orElseThrow());
		assertThat(defaultHeap).isLessThan(defaults.args().indexOf("-Xmx2g"));
		assertThat(none.args()).containsExactly("-jar", install.app + "/reviewbatch.jar", "--help");
	}

	@Test
	void trainedCache_isUsedByTheJdkItWasMadeFor_only() throws Exception {
		Run trained25 = install.launch(Map.of(), "--launcher-train");
		Run train25 = install.lastJavaCall();
		install.launch(Map.of("JAVA_HOME", jdk17.toString()), "--launcher-train");
		Run train17 = install.lastJavaCall();

		Run on25 = install.launch(Map.of(), "import", "export.zip");
		Run on17 = install.launch(Map.of("JAVA_HOME", jdk17.toString()), "import", "export.zip");
		Run on21 = install.launch(Map.of("JAVA_HOME", jdk21.toString()), "import", "export.zip");

		assertThat(trained25.exitCode()).as(trained25.output()).isZero();
		assertThat(trained25.output()).contains("reviewbatch: start-up cache for java 25.0.1");
		// the training run imports the sample export into a temporary folder, not the
		// user's output/
		assertThat(train25.args()).contains("import", "--out")
			.anyMatch(arg -> arg.endsWith("/input/letterboxd-sample-export.zip"));
		assertThat(optionValue(train25, "-XX:AOTCacheOutput=")).doesNotStartWith(install.app.toString());
		String trainingOut = train25.args().get(train25.args().indexOf("--out") + 1);
		assertThat(trainingOut).contains("reviewbatch-train.");
		assertThat(Path.of(trainingOut)).doesNotExist();
		assertThat(train17.args()).anyMatch(arg -> arg.startsWith("-XX:ArchiveClassesAtExit="));
		Path startup = install.app.resolve("startup");
		assertThat(startup.resolve("java25.aot")).exists();
		assertThat(startup.resolve("java17.jsa")).exists();
		assertThat(on25.args()).contains("-XX:AOTMode=auto", "-XX:AOTCache=" + startup.resolve("java25.aot"))
			.noneMatch(arg -> arg.startsWith("-XX:SharedArchiveFile"));
		assertThat(on17.args()).contains("-Xshare:auto", "-XX:SharedArchiveFile=" + startup.resolve("java17.jsa"))
			.noneMatch(arg -> arg.startsWith("-XX:AOT"));
		assertThat(on21.exitCode()).isZero();
		assertThat(on21.args()).noneMatch(LauncherTests::cacheOption).endsWith("import", "export.zip");
	}

	@Test
	void cacheOfAnotherJar_isNotUsed_andTheRunStillSucceeds() throws Exception {
		install.launch(Map.of(), "--launcher-train");
		Files.writeString(install.app.resolve("reviewbatch.jar"), "application jar, version 2");

		Run run = install.launch(Map.of(), "import", "export.zip");
		Run info = install.launch(Map.of(), "--launcher-info");

		assertThat(run.exitCode()).isZero();
		assertThat(run.args()).noneMatch(LauncherTests::cacheOption)
			.endsWith("-jar", install.app + "/reviewbatch.jar", "import", "export.zip");
		assertThat(info.output()).contains("cache:       stale:");
	}

	@Test
	void cacheOfAnotherJdkBuild_isNotUsed() throws Exception {
		install.launch(Map.of(), "--launcher-train");
		Files.writeString(jdk25.resolve("release"), "JAVA_VERSION=\"25.0.2\"\n");

		Run run = install.launch(Map.of(), "--help");

		assertThat(run.exitCode()).isZero();
		assertThat(run.args()).noneMatch(LauncherTests::cacheOption).endsWith("--help");
	}

	@Test
	void cacheOff_isNotUsed() throws Exception {
		install.launch(Map.of(), "--launcher-train");

		Run run = install.launch(Map.of("REVIEWBATCH_CACHE", "off"), "--help");

		assertThat(run.args()).noneMatch(LauncherTests::cacheOption);
	}

	@Test
	void withoutTheExtractedApp_orWhenTheJarIsNewer_theJarItselfRuns() throws Exception {
		Path jar = install.app.resolveSibling("reviewbatch.jar");
		Files.writeString(jar, "fat jar");
		Files.setLastModifiedTime(install.app.resolve("reviewbatch.jar"),
				FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));

		Run newerJar = install.launch(Map.of(), "--help");
		Files.delete(install.app.resolve("reviewbatch.jar"));
		Run noApp = install.launch(Map.of(), "--help");
		Files.delete(jar);
		Run nothing = install.launch(Map.of(), "--help");

		assertThat(newerJar.args()).endsWith("-jar", jar.toString(), "--help");
		assertThat(noApp.args()).endsWith("-jar", jar.toString(), "--help");
		assertThat(nothing.exitCode()).isEqualTo(2);
		assertThat(nothing.output()).contains("reviewbatch: no " + jar + ": run 'mvn -B -DskipTests package' first");
	}

	private static String optionValue(Run run, String prefix) {
		return run.args()
			.stream()
			.filter(arg -> arg.startsWith(prefix))
			.findFirst()
			.map(arg -> arg.substring(prefix.length()))
			.orElseThrow();
	}

	static boolean cacheOption(String arg) {
		return arg.startsWith("-XX:AOTCache") || arg.startsWith("-XX:SharedArchiveFile")
				|| arg.startsWith("-XX:AOTMode");
	}

}
