package dev.reviewbatch.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A folder of fake JDKs (each a {@code release} file and a {@code bin/java} script that
 * prints how it was called, one {@code arg=} line per argument, also to
 * {@code last-java-call}, and writes the cache file a training run asks for), a fake
 * extracted application, and a way to run {@code sh bin/reviewbatch} against them with a
 * controlled environment.
 */
final class FakeInstall {

	static final Path LAUNCHER = Path.of("bin", "reviewbatch").toAbsolutePath();

	private static final String FAKE_JAVA = """
			#!/bin/sh
			{
			echo "java=$0"
			for a in "$@"; do
				echo "arg=$a"
			done
			} | tee "$HOME/last-java-call"
			for a in "$@"; do
				case $a in
				-XX:AOTCacheOutput=* | -XX:ArchiveClassesAtExit=*) echo cache >"${a#*=}" ;;
				esac
			done
			""";

	final Path jdkRoot;

	final Path pathDir;

	final Path app;

	FakeInstall(Path folder) throws IOException {
		this.jdkRoot = Files.createDirectories(folder.resolve("jdks"));
		this.pathDir = Files.createDirectories(folder.resolve("path-bin"));
		this.app = Files.createDirectories(folder.resolve("build").resolve("app"));
		Files.writeString(app.resolve("reviewbatch.jar"), "application jar, version 1");
	}

	/**
	 * How the last fake java was called (also when the launcher did not show its output).
	 */
	Run lastJavaCall() throws IOException {
		return new Run(0, Files.readString(pathDir.getParent().resolve("last-java-call")));
	}

	/**
	 * A fake JDK {@code jdks/NAME} stating {@code version} in its release file; returns
	 * its home.
	 */
	Path jdk(String name, String version) throws IOException {
		Path home = jdkRoot.resolve(name);
		Files.createDirectories(home.resolve("bin"));
		Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Fake\"\nJAVA_VERSION=\"" + version + "\"\n");
		executable(home.resolve("bin").resolve("java"), FAKE_JAVA);
		return home;
	}

	/**
	 * A fake {@code java} on PATH belonging to a JDK {@code path-jdk} of that version
	 * (outside the search roots).
	 */
	Path javaOnPath(String version) throws IOException {
		Path home = pathDir.getParent().resolve("path-jdk");
		Files.createDirectories(home.resolve("bin"));
		Files.writeString(home.resolve("release"), "JAVA_VERSION=\"" + version + "\"\n");
		Path java = executable(home.resolve("bin").resolve("java"), FAKE_JAVA);
		Files.createSymbolicLink(pathDir.resolve("java"), java);
		return java;
	}

	static Path executable(Path file, String content) throws IOException {
		Files.writeString(file, content);
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
		return file;
	}

	/**
	 * Runs {@code sh bin/reviewbatch ARGS} with only the given variables (plus PATH, HOME
	 * and the search roots).
	 */
	Run launch(Map<String, String> variables, String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("sh", LAUNCHER.toString()));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		Map<String, String> environment = builder.environment();
		environment.clear();
		Map<String, String> base = new HashMap<>();
		base.put("PATH", pathDir + ":/usr/bin:/bin");
		base.put("HOME", pathDir.getParent().toString());
		base.put("REVIEWBATCH_JDK_ROOTS", jdkRoot.toString());
		base.put("REVIEWBATCH_APP", app.toString());
		base.putAll(variables);
		environment.putAll(base);
		Process process = builder.start();
		byte[] output = process.getInputStream().readAllBytes();
		if (!process.waitFor(60, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IllegalStateException("the launcher did not end within 60 s: " + command);
		}
		return new Run(process.exitValue(), new String(output, StandardCharsets.UTF_8));
	}

	/** One launcher run: exit code and everything printed. */
	record Run(int exitCode, String output) {

		/**
		 * The java executable the launcher ran (as the fake java printed its {@code $0}).
		 */
		String java() {
			return output.lines()
				.filter(line -> line.startsWith("java="))
				.findFirst()
				.map(line -> line.substring("java=".length()))
				.orElse(null);
		}

		/** The arguments the fake java received, in order. */
		List<String> args() {
			return output.lines().filter(line -> line.startsWith("arg=")).map(line -> line.substring(4)).toList();
		}
	}

}
