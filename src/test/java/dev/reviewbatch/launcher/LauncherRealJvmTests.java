package dev.reviewbatch.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.reviewbatch.launcher.FakeInstall.Run;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code bin/reviewbatch} with real JVMs on a one-class application ({@link PrintArgs}):
 * the cache the launcher trains is one the JVM accepts, and a damaged cache whose stamp
 * still matches is refused by the JVM itself while the run goes on, silently.
 */
class LauncherRealJvmTests {

	@TempDir
	Path folder;

	@Test
	void jdkRunningTheTests_damagedAppCdsArchive_theRunStillSucceeds() throws Exception {
		trainDamageAndRun(Path.of(System.getProperty("java.home")));
	}

	@Test
	void jdk25OrLater_damagedAotCache_theRunStillSucceeds() throws Exception {
		Optional<Path> jdk = jdk25OrLater();
		Assumptions.assumeTrue(jdk.isPresent(), "no JDK 25 or later under /usr/lib/jvm");
		trainDamageAndRun(jdk.get());
	}

	private void trainDamageAndRun(Path javaHome) throws Exception {
		FakeInstall install = new FakeInstall(folder);
		writeApplicationJar(install.app.resolve("reviewbatch.jar"));
		Map<String, String> java = Map.of("REVIEWBATCH_JAVA", javaHome.toString());

		Run train = install.launch(java, "--launcher-train");
		Run withCache = install.launch(java, "--version");
		Path cache = cacheFile(install.launch(java, "--launcher-info"));
		Files.write(cache, new byte[64 * 1024]);
		Run damaged = install.launch(java, "--version");
		Run info = install.launch(java, "--launcher-info");

		assertThat(train.exitCode()).as(train.output()).isZero();
		assertThat(withCache.exitCode()).isZero();
		assertThat(withCache.output()).isEqualTo("ran --version\n");
		assertThat(info.output()).contains("cache:       used: " + cache); // the stamp
																			// matches:
																			// the JVM
																			// decides
		assertThat(damaged.exitCode()).isZero();
		assertThat(damaged.output()).isEqualTo("ran --version\n");
	}

	private static Path cacheFile(Run info) {
		Matcher used = Pattern.compile("cache: +used: (\\S+)").matcher(info.output());
		assertThat(used.find()).as(info.output()).isTrue();
		return Path.of(used.group(1));
	}

	private static void writeApplicationJar(Path jar) throws IOException {
		Manifest manifest = new Manifest();
		manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
		manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, PrintArgs.class.getName());
		String entry = PrintArgs.class.getName().replace('.', '/') + ".class";
		try (OutputStream file = Files.newOutputStream(jar);
				JarOutputStream out = new JarOutputStream(file, manifest);
				InputStream classFile = PrintArgs.class.getClassLoader().getResourceAsStream(entry)) {
			out.putNextEntry(new JarEntry(entry));
			classFile.transferTo(out);
			out.closeEntry();
		}
	}

	private static Optional<Path> jdk25OrLater() throws IOException {
		Path roots = Path.of("/usr/lib/jvm");
		if (!Files.isDirectory(roots)) {
			return Optional.empty();
		}
		Pattern version = Pattern.compile("^JAVA_VERSION=\"(\\d+)", Pattern.MULTILINE);
		try (Stream<Path> homes = Files.list(roots)) {
			return homes.filter(home -> Files.isExecutable(home.resolve("bin/java"))).filter(home -> {
				try {
					Matcher matcher = version.matcher(Files.readString(home.resolve("release")));
					return matcher.find() && Integer.parseInt(matcher.group(1)) >= 25;
				}
				catch (IOException ex) {
					return false;
				}
			}).findFirst();
		}
	}

}
