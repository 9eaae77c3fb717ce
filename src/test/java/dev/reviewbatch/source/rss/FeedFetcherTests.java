package dev.reviewbatch.source.rss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FeedFetcherTests {

	private static final byte[] FEED = ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title>"
			+ "</channel></rss>")
		.getBytes(StandardCharsets.UTF_8);

	private static final String ETAG = "\"feed-v1\"";

	private static final String LAST_MODIFIED = "Tue, 23 Dec 2025 10:42:16 GMT";

	private LoopbackFeedServer server;

	private final FeedFetcher fetcher = new FeedFetcher(Duration.ofMillis(500), 1024, Duration.ofMillis(20));

	@BeforeEach
	void start() throws IOException {
		server = new LoopbackFeedServer();
	}

	@AfterEach
	void stop() {
		server.close();
	}

	@Test
	void ok_bodyAndValidators_thenNotModifiedOnConditionalGet() throws IOException {
		server.on("/rss/", exchange -> {
			boolean unchanged = ETAG.equals(exchange.getRequestHeaders().getFirst("If-None-Match"));
			LoopbackFeedServer
				.answer(unchanged ? 304 : 200, unchanged ? new byte[0] : FEED, "ETag", ETAG, "Last-Modified",
						LAST_MODIFIED)
				.handle(exchange);
		});

		FetchResult first = fetcher.fetch(server.url("/rss/"));
		FetchResult second = fetcher.fetch(server.url("/rss/"), first.etag(), first.lastModified());

		assertThat(first.status()).isEqualTo(FetchResult.Status.OK);
		assertThat(first.body()).isEqualTo(FEED);
		assertThat(first.etag()).isEqualTo(ETAG);
		assertThat(first.lastModified()).isEqualTo(LAST_MODIFIED);
		assertThat(second.status()).isEqualTo(FetchResult.Status.NOT_MODIFIED);
		assertThat(second.body()).isEmpty();
		assertThat(second.etag()).isEqualTo(ETAG);
		assertThat(server.requests().get(0).containsKey("If-None-Match")).isFalse();
		assertThat(server.requests().get(1).getFirst("If-None-Match")).isEqualTo(ETAG);
		assertThat(server.requests().get(1).getFirst("If-Modified-Since")).isEqualTo(LAST_MODIFIED);
	}

	@Test
	void everyRequest_descriptiveUserAgent() throws IOException {
		server.on("/rss/", LoopbackFeedServer.answer(200, FEED));

		fetcher.fetch(server.url("/rss/"));

		assertThat(server.requests().get(0).getFirst("User-Agent")).isEqualTo(FeedFetcher.USER_AGENT)
			.startsWith("reviewbatch/0.1 (+https://github.com/")
			.endsWith("; feed reader)");
	}

	@Test
	void notFound_failsWithUrlAndStatus_notRetried() {
		server.on("/gone/", LoopbackFeedServer.answer(404, new byte[0]));

		assertThatExceptionOfType(FeedFetchException.class).isThrownBy(() -> fetcher.fetch(server.url("/gone/")))
			.satisfies(ex -> {
				assertThat(ex.url()).isEqualTo(server.url("/gone/"));
				assertThat(ex.reason()).isEqualTo("HTTP 404 (not found)");
				assertThat(ex.getMessage()).contains(server.url("/gone/"));
			});
		assertThat(server.requests()).hasSize(1);
	}

	@Test
	void serverError_retriedOnceThenFails() {
		server.on("/broken/", LoopbackFeedServer.answer(500, new byte[0]));

		assertThatExceptionOfType(FeedFetchException.class).isThrownBy(() -> fetcher.fetch(server.url("/broken/")))
			.satisfies(ex -> assertThat(ex.reason()).startsWith("HTTP 500").endsWith("(tried twice)"));
		assertThat(server.requests()).hasSize(2);
	}

	@Test
	void serverErrorOnce_secondTrySucceeds() throws IOException {
		server.on("/flaky/", exchange -> {
			boolean firstTry = server.requests().size() == 1;
			LoopbackFeedServer.answer(firstTry ? 503 : 200, firstTry ? new byte[0] : FEED).handle(exchange);
		});

		FetchResult result = fetcher.fetch(server.url("/flaky/"));

		assertThat(result.body()).isEqualTo(FEED);
		assertThat(server.requests()).hasSize(2);
	}

	@Test
	void slowServer_timesOutWithinTheLimit() {
		server.on("/slow/", server.sleeping(10_000));
		long started = System.nanoTime();

		assertThatExceptionOfType(FeedFetchException.class).isThrownBy(() -> fetcher.fetch(server.url("/slow/")))
			.satisfies(ex -> assertThat(ex.reason()).isEqualTo("timed out after 0.5 s (tried twice)"));
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
	}

	// The two ways a timeout is noticed, each driven on purpose: the client's own timeout
	// exception and our
	// deadline on an answer that never comes give the same reason, so no race can change
	// what the user reads.

	@Test
	void clientReportsATimeout_sameReasonAsOurDeadline() {
		for (HttpTimeoutException fromClient : List.of(new HttpTimeoutException("request timed out"),
				new HttpConnectTimeoutException("HTTP connect timed out"))) {
			Recorded exchange = new Recorded(() -> CompletableFuture.failedFuture(fromClient));
			FeedFetcher fetcher = new FeedFetcher(Duration.ofMillis(500), 1024, Duration.ZERO, exchange);

			assertThatExceptionOfType(FeedFetchException.class).isThrownBy(() -> fetcher.fetch("http://127.0.0.1/rss/"))
				.satisfies(ex -> assertThat(ex.reason()).isEqualTo("timed out after 0.5 s (tried twice)"));
			assertThat(exchange.requests).hasSize(2);
		}
	}

	@Test
	void noAnswerBeforeTheDeadline_timedOut_andTheExchangeCancelled() {
		Recorded exchange = new Recorded(CompletableFuture::new);
		FeedFetcher fetcher = new FeedFetcher(Duration.ofMillis(100), 1024, Duration.ZERO, exchange);

		assertThatExceptionOfType(FeedFetchException.class).isThrownBy(() -> fetcher.fetch("http://127.0.0.1/rss/"))
			.satisfies(ex -> assertThat(ex.reason()).isEqualTo("timed out after 0.1 s (tried twice)"));
		assertThat(exchange.answers).hasSize(2).allSatisfy(answer -> assertThat(answer).isCancelled());
	}

	@Test
	void requests_carryNoTimerOfTheirOwn_theFetcherKeepsTheOnlyDeadline() throws IOException {
		server.on("/rss/", LoopbackFeedServer.answer(200, FEED));
		List<HttpRequest> sent = new CopyOnWriteArrayList<>();
		HttpClient client = HttpClient.newHttpClient();
		FeedFetcher fetcher = new FeedFetcher(Duration.ofMillis(500), 1024, Duration.ZERO, (request, body) -> {
			sent.add(request);
			return client.sendAsync(request, body);
		});

		assertThat(fetcher.fetch(server.url("/rss/")).body()).isEqualTo(FEED);
		assertThat(sent).singleElement().satisfies(request -> assertThat(request.timeout()).isEmpty());
	}

	/**
	 * An exchange that records each request and answers with a future of the test's
	 * choosing.
	 */
	private static final class Recorded implements FeedFetcher.Exchange {

		final List<HttpRequest> requests = new CopyOnWriteArrayList<>();

		final List<CompletableFuture<HttpResponse<byte[]>>> answers = new CopyOnWriteArrayList<>();

		private final Supplier<CompletableFuture<HttpResponse<byte[]>>> answer;

		Recorded(Supplier<CompletableFuture<HttpResponse<byte[]>>> answer) {
			this.answer = answer;
		}

		@Override
		public CompletableFuture<HttpResponse<byte[]>> send(HttpRequest request,
				HttpResponse.BodyHandler<byte[]> body) {
			requests.add(request);
			CompletableFuture<HttpResponse<byte[]>> next = answer.get();
			answers.add(next);
			return next;
		}

	}

	@Test
	void oversizeBody_streamed_failsAtTheCap() {
		server.on("/big/", exchange -> {
			exchange.sendResponseHeaders(200, 0); // chunked: no Content-Length to refuse
													// up front
			try (OutputStream out = exchange.getResponseBody()) {
				for (int i = 0; i < 64; i++) {
					out.write(new byte[512]);
					out.flush();
				}
			}
			catch (IOException ex) {
				// the client hung up at the cap, as it should
			}
		});

		assertThatExceptionOfType(FeedFetchException.class).isThrownBy(() -> fetcher.fetch(server.url("/big/")))
			.satisfies(ex -> assertThat(ex.reason()).isEqualTo("the feed is larger than the 1,024-byte limit"));
		assertThat(server.requests()).hasSize(1);
	}

	@Test
	void oversizeBody_declaredLength_refused() {
		server.on("/big/", LoopbackFeedServer.answer(200, new byte[4096]));

		assertThatExceptionOfType(FeedFetchException.class).isThrownBy(() -> fetcher.fetch(server.url("/big/")))
			.satisfies(ex -> assertThat(ex.reason()).contains("larger than"));
	}

	@Test
	void connectionRefused_retriedOnceThenNetworkError() throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}

		assertThatExceptionOfType(FeedFetchException.class)
			.isThrownBy(() -> fetcher.fetch("http://127.0.0.1:" + closedPort + "/rss/"))
			.satisfies(ex -> assertThat(ex.reason()).startsWith("network error").endsWith("(tried twice)"));
	}

	@Test
	void redirect_followedAndChecked() throws IOException {
		server.on("/old/", LoopbackFeedServer.answer(301, new byte[0], "Location", "/rss/"));
		server.on("/rss/", LoopbackFeedServer.answer(200, FEED));

		assertThat(fetcher.fetch(server.url("/old/")).body()).isEqualTo(FEED);
	}

	@Test
	void redirectToALetterboxdPage_refused() {
		server.on("/sneaky/",
				LoopbackFeedServer.answer(302, new byte[0], "Location", "https://letterboxd.com/someone/film/heat/"));

		assertThatExceptionOfType(FeedFetchException.class).isThrownBy(() -> fetcher.fetch(server.url("/sneaky/")))
			.satisfies(ex -> assertThat(ex.reason()).contains("redirected to https://letterboxd.com/someone/film/heat/")
				.contains("not pages"));
	}

	@Test
	void letterboxdPage_refusedWithoutARequest() {
		assertThatExceptionOfType(FeedFetchException.class)
			.isThrownBy(() -> fetcher.fetch("https://letterboxd.com/someone/films/diary/"))
			.satisfies(ex -> assertThat(ex.reason()).contains("terms forbid scraping"));
	}

}
