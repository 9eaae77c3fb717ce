package dev.reviewbatch.jobfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Job files: the shipped ones are valid; each kind of mistake is one message naming the
 * file and the key.
 */
class JobFileReaderTests {

	@TempDir
	Path dir;

	@Test
	void shippedJobFiles_allRead() throws Exception {
		List<JobFile> jobs = JobFileReader.readAll(Path.of("jobs"));

		assertThat(jobs).extracting(JobFile::name)
			.contains("import-letterboxd", "nightly-sync", "rating-history-report");
		JobFile sync = jobs.stream().filter(j -> j.name().equals("nightly-sync")).findFirst().orElseThrow();
		assertThat(sync.job()).isEqualTo(JobKind.SYNC);
		assertThat(sync.scheduled()).isTrue();
		assertThat(sync.schedule().catchUp()).isTrue();
		assertThat(sync.options().feeds()).containsExactly("input/feeds/samplefan-rss.xml");
		assertThat(sync.commandLines().get(0)).startsWith("sync", "--out", "output")
			.containsSubsequence("--feed", "input/feeds/samplefan-rss.xml");
	}

	@Test
	void importJob_becomesTheImportCommandLine() throws Exception {
		JobFile job = JobFileReader.read(Path.of("jobs/import-letterboxd.yml"));

		assertThat(job.commandLines())
			.containsExactly(List.of("import", "input/letterboxd-sample-export.zip", "--out", "output"));
		assertThat(job.scheduled()).isFalse();
	}

	@Test
	void unknownKey_namesFileAndKey() throws IOException {
		Path file = write("job: import\ninput: input/letterboxd-sample-export.zip\nschedul: \"0 3 * * *\"\n");

		assertThatThrownBy(() -> JobFileReader.read(file)).isInstanceOf(JobFileException.class)
			.hasMessageStartingWith(file + ": schedul: unknown key")
			.hasMessageContaining("schedule");
	}

	@Test
	void unknownOption_namesTheDottedKeyAndTheKnownOnes() throws IOException {
		Path file = write("job: report\noptions:\n  out: output\n  inbox: input/inbox\n");

		assertThatThrownBy(() -> JobFileReader.read(file))
			.hasMessage(file + ": options.inbox: unknown option for a report job; known: db, out");
	}

	@Test
	void missingInput_namesFileKeyAndPath() throws IOException {
		Path file = write("job: import\ninput: input/no-such-export.zip\n");

		assertThatThrownBy(() -> JobFileReader.read(file))
			.hasMessageStartingWith(file + ": input: input/no-such-export.zip: no such file or folder");
	}

	@Test
	void importWithoutInput_isRefused() throws IOException {
		Path file = write("job: import\n");

		assertThatThrownBy(() -> JobFileReader.read(file)).hasMessageStartingWith(file + ": input: missing");
	}

	@Test
	void missingFeedFile_namesOptionsFeeds() throws IOException {
		Path file = write("job: sync\noptions:\n  feeds: [input/feeds/nope.xml]\n");

		assertThatThrownBy(() -> JobFileReader.read(file))
			.hasMessageStartingWith(file + ": options.feeds: input/feeds/nope.xml: no such file or folder");
	}

	@Test
	void badCron_namesFileKeyAndExpression() throws IOException {
		Path file = write("job: report\nschedule: \"61 * * * *\"\n");

		assertThatThrownBy(() -> JobFileReader.read(file))
			.hasMessageStartingWith(file + ": schedule: \"61 * * * *\" is not a cron expression: ");
	}

	@Test
	void cronWithWrongFieldCount_saysHowManyAreExpected() throws IOException {
		Path file = write("job: report\nschedule: \"0 3 * *\"\n");

		assertThatThrownBy(() -> JobFileReader.read(file)).hasMessageContaining("schedule: \"0 3 * *\"")
			.hasMessageContaining("expected 5");
	}

	@Test
	void wrongType_namesKeyAndWhatWasFound() throws IOException {
		Path file = write("job: report\nschedule: \"0 3 * * *\"\ncatch-up: sometimes\n");

		assertThatThrownBy(() -> JobFileReader.read(file))
			.hasMessage(file + ": catch-up: expected true or false, found \"sometimes\"");
	}

	@Test
	void unknownJobKind_listsTheKinds() throws IOException {
		Path file = write("job: export-everything\n");

		assertThatThrownBy(() -> JobFileReader.read(file)).hasMessage(
				file + ": job: \"export-everything\" is not a job; expected one of import, sync, report, accounts");
	}

	@Test
	void notYaml_isOneLineNamingTheFile() throws IOException {
		Path file = write("job: report\n  options: [\n");

		assertThatThrownBy(() -> JobFileReader.read(file)).hasMessageStartingWith(file + ": (file): not valid YAML")
			.satisfies(ex -> assertThat(ex.getMessage()).doesNotContain("\n"));
	}

	@Test
	void fiveAndSixFieldCron_andMacros_areAccepted() throws Exception {
		assertThat(JobFileReader.read(write("job: report\nschedule: \"30 3 * * MON-FRI\"\n")).schedule().cron())
			.hasToString("0 30 3 * * MON-FRI");
		assertThat(JobFileReader.read(write("job: report\nschedule: \"*/10 * * * * *\"\ncatch-up: false\n"))
			.schedule()
			.catchUp()).isFalse();
		assertThat(JobFileReader.read(write("job: report\nschedule: \"@daily\"\n")).scheduled()).isTrue();
	}

	@Test
	void inputs_listRunsOneImportPerInput() throws Exception {
		JobFile job = JobFileReader.read(write("job: import\ninputs:\n  - input/letterboxd-sample-export.zip\n"
				+ "  - src/test/resources/letterboxd/newer-export\noptions:\n  out: " + dir + "\n  no-report: true\n"));

		assertThat(job.commandLines()).hasSize(2);
		assertThat(job.commandLines().get(1)).containsExactly("import", "src/test/resources/letterboxd/newer-export",
				"--out", dir.toString(), "--no-report");
	}

	@Test
	void duplicateKey_isNotValidYaml_andNamesTheLine() throws IOException {
		Path file = write("job: report\njob: import\n");

		assertThatThrownBy(() -> JobFileReader.read(file))
			.hasMessage(file + ": (file): not valid YAML: Duplicate Object property \"job\" (line 2, column 4)");
	}

	@Test
	void emptyFile_andAListInsteadOfKeys_areRefused() throws IOException {
		Path empty = write("# nothing yet\n");
		Path list = write("- job: report\n");

		assertThatThrownBy(() -> JobFileReader.read(empty))
			.hasMessage(empty + ": (file): expected keys such as job: and input:, found an empty file");
		assertThatThrownBy(() -> JobFileReader.read(list))
			.hasMessage(list + ": (file): expected keys such as job: and input:, found a list");
	}

	@Test
	void optionsThatAreNotKeys_sayWhatWasFound() throws IOException {
		Path file = write("job: report\noptions: output\n");

		assertThatThrownBy(() -> JobFileReader.read(file))
			.hasMessage(file + ": options: expected keys (key: value lines, indented), found \"output\"");
	}

	@Test
	void wholeNumberOptions_refuseFractionsTextAndValuesBelowTheirMinimum() throws IOException {
		Path fraction = write("job: sync\noptions:\n  settle-seconds: 5.5\n");
		Path text = write("job: sync\noptions:\n  settle-seconds: \"5\"\n");
		Path zero = write("job: sync\noptions:\n  feed-timeout-seconds: 0\n");

		assertThatThrownBy(() -> JobFileReader.read(fraction)).hasMessage(
				fraction + ": options.settle-seconds: expected a whole number of at least 0, found a number (5.5)");
		assertThatThrownBy(() -> JobFileReader.read(text))
			.hasMessage(text + ": options.settle-seconds: expected a whole number of at least 0, found \"5\"");
		assertThatThrownBy(() -> JobFileReader.read(zero)).hasMessage(
				zero + ": options.feed-timeout-seconds: expected a whole number of at least 1, found a number (0)");
	}

	@Test
	void quotedTrue_isTextNotABoolean() throws IOException {
		Path file = write("job: report\noptions:\n  out: output\nschedule: \"@daily\"\ncatch-up: \"true\"\n");

		assertThatThrownBy(() -> JobFileReader.read(file))
			.hasMessage(file + ": catch-up: expected true or false, found \"true\"");
	}

	@Test
	void feedThatIsAMapping_namesOptionsFeeds() throws IOException {
		Path file = write("job: sync\noptions:\n  feeds:\n    - {url: x}\n");

		assertThatThrownBy(() -> JobFileReader.read(file))
			.hasMessage(file + ": options.feeds: expected a list of paths or URLs, found a mapping");
	}

	@Test
	void emptySchedule_isMissingNotAbsent() throws IOException {
		Path file = write("job: report\nschedule:\n");

		assertThatThrownBy(() -> JobFileReader.read(file))
			.hasMessage(file + ": schedule: missing; expected a cron expression");
	}

	@Test
	void catchUpWithoutSchedule_isRefused() throws IOException {
		Path file = write("job: report\ncatch-up: true\n");

		assertThatThrownBy(() -> JobFileReader.read(file))
			.hasMessage(file + ": catch-up: only means something with a schedule:");
	}

	private Path write(String yaml) throws IOException {
		return Files.writeString(dir.resolve("job-" + System.nanoTime() + ".yml"), yaml);
	}

}
