package dev.reviewbatch.sink.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Test helper: Debian's headless Chromium driven over the DevTools protocol (a WebSocket
 * on the loopback interface, JDK's own client), so a page can be laid out at an exact
 * width (390 px is below the smallest window headless Chromium opens), measured by a
 * script and captured whole as a PNG. Every network feature of Chromium is turned off;
 * the pages are files. Each wait is bounded by {@link #TIMEOUT} and waits on an event,
 * never a sleep. Not thread-safe; close it.
 */
final class HeadlessChromium implements AutoCloseable {

	static final Path EXECUTABLE = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));

	static final Duration TIMEOUT = Duration.ofSeconds(90);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Process process;

	private final Path profile;

	private final WebSocket socket;

	private final AtomicLong ids = new AtomicLong();

	private final Map<Long, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();

	private final BlockingQueue<JsonNode> events = new LinkedBlockingQueue<>();

	private String session;

	static boolean available() {
		return Files.isExecutable(EXECUTABLE);
	}

	HeadlessChromium() throws Exception {
		profile = Files.createTempDirectory("rb-chromium-");
		process = new ProcessBuilder(EXECUTABLE.toString(), "--headless", "--no-sandbox", "--disable-gpu",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--hide-scrollbars", "--remote-debugging-port=0", "--user-data-dir=" + profile,
				"about:blank")
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		String url = devToolsUrl(process.getErrorStream());
		socket = HttpClient.newHttpClient()
			.newWebSocketBuilder()
			.buildAsync(URI.create(url), new Listener())
			.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
		String target = call(null, "Target.createTarget", JSON.createObjectNode().put("url", "about:blank"))
			.get("targetId")
			.asString();
		session = call(null, "Target.attachToTarget",
				JSON.createObjectNode().put("targetId", target).put("flatten", true))
			.get("sessionId")
			.asString();
		call(session, "Page.enable", JSON.createObjectNode());
	}

	/**
	 * Opens {@code page} laid out {@code width} CSS pixels wide (a phone below 600 px)
	 * and waits for its load event.
	 */
	void open(Path page, int width) throws InterruptedException {
		call(session, "Emulation.setDeviceMetricsOverride",
				JSON.createObjectNode()
					.put("width", width)
					.put("height", 900)
					.put("deviceScaleFactor", 1)
					.put("mobile", width < 600));
		events.clear();
		call(session, "Page.navigate", JSON.createObjectNode().put("url", page.toUri().toString()));
		long deadline = System.nanoTime() + TIMEOUT.toNanos();
		while (true) {
			JsonNode event = events.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
			if (event == null) {
				throw new IllegalStateException("no load event for " + page + " within " + TIMEOUT);
			}
			if ("Page.loadEventFired".equals(event.path("method").asString())) {
				return;
			}
		}
	}

	/** Evaluates {@code expression} in the page; returns its string value. */
	String evaluate(String expression) {
		JsonNode result = call(session, "Runtime.evaluate",
				JSON.createObjectNode().put("expression", expression).put("returnByValue", true));
		if (result.has("exceptionDetails")) {
			throw new IllegalStateException("script failed: " + result.get("exceptionDetails"));
		}
		return result.path("result").path("value").asString();
	}

	/** Captures the whole page (up to {@code maxHeight} px) as a PNG at {@code png}. */
	void screenshot(Path png, int maxHeight) throws IOException {
		JsonNode metrics = call(session, "Page.getLayoutMetrics", JSON.createObjectNode());
		JsonNode size = metrics.path("cssContentSize");
		int width = (int) Math.ceil(size.path("width").asDouble());
		int height = (int) Math.min(maxHeight, Math.ceil(size.path("height").asDouble()));
		ObjectNode clip = JSON.createObjectNode()
			.put("x", 0)
			.put("y", 0)
			.put("width", width)
			.put("height", height)
			.put("scale", 1);
		JsonNode shot = call(session, "Page.captureScreenshot",
				JSON.createObjectNode().put("format", "png").put("captureBeyondViewport", true).set("clip", clip));
		Files.createDirectories(png.toAbsolutePath().getParent());
		Files.write(png, Base64.getDecoder().decode(shot.get("data").asString()));
	}

	private JsonNode call(String sessionId, String method, ObjectNode params) {
		long id = ids.incrementAndGet();
		ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
		message.set("params", params);
		if (sessionId != null) {
			message.put("sessionId", sessionId);
		}
		CompletableFuture<JsonNode> reply = new CompletableFuture<>();
		pending.put(id, reply);
		socket.sendText(JSON.writeValueAsString(message), true).join();
		try {
			JsonNode answer = reply.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
			if (answer.has("error")) {
				throw new IllegalStateException(method + " failed: " + answer.get("error"));
			}
			return answer.path("result");
		}
		catch (Exception ex) {
			throw new IllegalStateException(method + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * Chromium prints {@code DevTools listening on ws://…} on stderr once it is ready.
	 */
	private static String devToolsUrl(InputStream stderr) throws InterruptedException {
		CompletableFuture<String> url = new CompletableFuture<>();
		Thread reader = new Thread(() -> {
			try (BufferedReader lines = new BufferedReader(new InputStreamReader(stderr, StandardCharsets.UTF_8))) {
				String line;
				while ((line = lines.readLine()) != null) {
					int at = line.indexOf("ws://");
					if (line.startsWith("DevTools listening on") && at >= 0) {
						url.complete(line.substring(at).strip());
					}
				}
				url.completeExceptionally(new IllegalStateException("chromium exited without a DevTools address"));
			}
			catch (IOException ex) {
				url.completeExceptionally(ex);
			}
		}, "chromium-stderr");
		reader.setDaemon(true);
		reader.start();
		try {
			return url.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
		}
		catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException ex) {
			throw new IllegalStateException("chromium did not start: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Collects text frames into messages; replies complete their call, events are queued.
	 */
	private final class Listener implements WebSocket.Listener {

		private final StringBuilder frame = new StringBuilder();

		@Override
		public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
			frame.append(data);
			if (last) {
				JsonNode message = JSON.readTree(frame.toString());
				frame.setLength(0);
				if (message.has("id")) {
					CompletableFuture<JsonNode> reply = pending.remove(message.get("id").asLong());
					if (reply != null) {
						reply.complete(message);
					}
				}
				else {
					events.add(message);
				}
			}
			webSocket.request(1);
			return null;
		}

	}

	@Override
	public void close() throws IOException {
		try {
			socket.sendText("{\"id\":" + ids.incrementAndGet() + ",\"method\":\"Browser.close\"}", true)
				.get(10, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			// the process is ended below either way
		}
		try {
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			process.destroyForcibly();
		}
		try (var paths = Files.walk(profile)) {
			paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
		catch (UncheckedIOException ex) {
			// a leftover temp profile is harmless
		}
	}

}
