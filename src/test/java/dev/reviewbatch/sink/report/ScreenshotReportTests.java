package dev.reviewbatch.sink.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.reviewbatch.Fixtures;
import dev.reviewbatch.SlowTest;

/** scripts/screenshot-report.sh renders the sample's report in headless Chromium, where the machine has it. */
@SlowTest
class ScreenshotReportTests {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	@TempDir
	Path out;

	@Test
	void screenshotScript_onSampleReport_writesNonTrivialPngsAtLaptopAndPhoneWidths() throws Exception {
		Assumptions.assumeTrue(Files.isExecutable(CHROMIUM),
				"/usr/bin/chromium is missing (apt-get install -y chromium): screenshot test skipped");
		Path reports = ReportRuns.importAndReport(Fixtures.SAMPLE_ZIP, out);
		Path pngs = out.resolve("png");

		Process process = new ProcessBuilder("bash", "scripts/screenshot-report.sh", reports.toString(), pngs.toString())
			.redirectErrorStream(true).redirectOutput(out.resolve("script.log").toFile()).start();
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("script finished").isTrue();

		assertThat(process.exitValue()).as(Files.readString(out.resolve("script.log"))).isZero();
		assertPng(pngs.resolve("report-laptop.png"), 1280);
		assertPng(pngs.resolve("report-phone.png"), 390);
	}

	private static void assertPng(Path png, int width) throws IOException {
		assertThat(png).exists();
		assertThat(Files.size(png)).as("bytes of " + png).isGreaterThan(20_000);
		BufferedImage image = ImageIO.read(png.toFile());
		assertThat(image.getWidth()).isEqualTo(width);
		assertThat(image.getHeight()).isEqualTo(2400);
		assertThat(distinctColours(image)).as("colours in " + png).isGreaterThan(16);
	}

	private static long distinctColours(BufferedImage image) {
		java.util.Set<Integer> colours = new java.util.HashSet<>();
		for (int y = 0; y < image.getHeight(); y += 7) {
			for (int x = 0; x < image.getWidth(); x += 7) {
				colours.add(image.getRGB(x, y));
			}
		}
		return colours.size();
	}
}
