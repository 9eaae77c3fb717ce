package dev.reviewbatch.sink.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.reviewbatch.Fixtures;
import dev.reviewbatch.SlowTest;

/**
 * The report laid out in headless Chromium at a laptop's 1280 px and a phone's 390 px, on
 * the sample export and on a real corpus export, checked for what a person would notice:
 * the page scrolls sideways, something is wider than the screen, chart labels run into
 * each other or off the chart, chart text is too small to read, a section is missing. The
 * PNGs of the last run stay in {@code target/report-screenshots/} for people to look at.
 * Skipped, with the reason, where Chromium or the corpus is missing.
 */
@SlowTest
class ScreenshotReportTests {

	static final Path SCREENSHOTS = Path.of("target/report-screenshots");

	static final List<String> SECTIONS = List.of("totals", "history", "years", "ratings", "activity", "decades",
			"rewatches", "tags", "reviews", "likes", "quality");

	/**
	 * Chart text below this on a phone is hard to read; above the upper bound on a laptop
	 * it looks clumsy.
	 */
	static final double MIN_PHONE_FONT_PX = 10.5;

	static final double MAX_LAPTOP_FONT_PX = 16;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static HeadlessChromium chromium;

	static String script;

	@TempDir
	static Path out;

	@BeforeAll
	static void startChromium() throws Exception {
		Assumptions.assumeTrue(HeadlessChromium.available(), HeadlessChromium.EXECUTABLE
				+ " is missing (scripts/ensure-chromium.sh installs it): screenshot tests skipped");
		chromium = new HeadlessChromium();
		try (InputStream in = ScreenshotReportTests.class.getResourceAsStream("/report/layout-facts.js")) {
			script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	@AfterAll
	static void stopChromium() throws IOException {
		if (chromium != null) {
			chromium.close();
		}
	}

	@Test
	void sampleReport_atLaptopAndPhoneWidth_fitsTheScreenWithReadableNonOverlappingCharts() throws Exception {
		Path reports = ReportRuns.importAndReport(Fixtures.SAMPLE_ZIP, out.resolve("sample"));

		assertLayout(reports, "sample");
	}

	@Test
	void corpusReport_atLaptopAndPhoneWidth_fitsTheScreenWithReadableNonOverlappingCharts() throws Exception {
		Path export = Fixtures.corpus("letterboxd-export/extratone");
		Assumptions.assumeTrue(Files.isDirectory(export), export + " is absent: corpus screenshot skipped");
		Path reports = ReportRuns.importAndReport(export, out.resolve("corpus"));

		assertLayout(reports, "corpus");
	}

	@Test
	void screenshotScript_onSampleReport_writesPngsAtLaptopAndPhoneWidths() throws Exception {
		Path reports = ReportRuns.importAndReport(Fixtures.SAMPLE_ZIP, out.resolve("script"));
		Path pngs = out.resolve("script-png");

		Process process = new ProcessBuilder("bash", "scripts/screenshot-report.sh", reports.toString(),
				pngs.toString())
			.redirectErrorStream(true)
			.redirectOutput(out.resolve("script.log").toFile())
			.start();
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("script finished").isTrue();

		assertThat(process.exitValue()).as(Files.readString(out.resolve("script.log"))).isZero();
		assertThat(ImageIO.read(pngs.resolve("report-laptop.png").toFile()).getWidth()).isEqualTo(1280);
		assertThat(ImageIO.read(pngs.resolve("report-phone.png").toFile()).getWidth()).isEqualTo(390);
	}

	/**
	 * Lays out {@code reports/index.html} at both widths, keeps the screenshots and
	 * checks the measurements.
	 */
	static void assertLayout(Path reports, String name) throws Exception {
		for (int width : new int[] { 1280, 390 }) {
			JsonNode facts = measure(reports.resolve("index.html"), width,
					SCREENSHOTS.resolve(name + "-" + (width < 600 ? "phone" : "laptop") + ".png"));
			String at = name + " at " + width + " px";
			assertThat(facts.get("viewport").asInt()).as(at + ": viewport").isEqualTo(width);
			assertThat(facts.get("scrollWidth").asInt()).as(at + ": page width (no sideways scrolling)")
				.isLessThanOrEqualTo(width);
			assertThat(strings(facts, "wide")).as(at + ": elements wider than the screen").isEmpty();
			assertThat(strings(facts, "overlaps")).as(at + ": chart labels that overlap").isEmpty();
			assertThat(strings(facts, "clipped")).as(at + ": chart labels cut off at the chart's edge").isEmpty();
			assertThat(strings(facts, "sections")).as(at + ": sections").containsExactlyElementsOf(SECTIONS);
			assertThat(facts.get("svgTexts").asInt()).as(at + ": chart labels drawn").isPositive();
			double font = facts.get("minSvgFontPx").asDouble();
			if (width < 600) {
				assertThat(font).as(at + ": smallest chart text in px").isGreaterThanOrEqualTo(MIN_PHONE_FONT_PX);
			}
			else {
				assertThat(font).as(at + ": smallest chart text in px")
					.isBetween(MIN_PHONE_FONT_PX, MAX_LAPTOP_FONT_PX);
			}
		}
	}

	/**
	 * The layout facts of {@code page} at {@code width}; also writes its full-page
	 * screenshot to {@code png}.
	 */
	static JsonNode measure(Path page, int width, Path png) throws Exception {
		chromium.open(page.toAbsolutePath(), width);
		chromium.screenshot(png, 30_000);
		BufferedImage image = ImageIO.read(png.toFile());
		assertThat(image.getWidth()).as("width of " + png).isEqualTo(width);
		assertThat(image.getHeight()).as("height of " + png).isGreaterThan(600);
		return JSON.readTree(chromium.evaluate(script));
	}

	private static List<String> strings(JsonNode facts, String field) {
		List<String> values = new ArrayList<>();
		facts.get(field).forEach(v -> values.add(v.asString()));
		return values;
	}

}
