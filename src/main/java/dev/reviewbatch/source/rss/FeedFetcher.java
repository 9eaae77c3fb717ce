package dev.reviewbatch.source.rss;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodySubscribers;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;

/**
 * Fetches a feed by http(s) URL, politely: a timeout for the whole fetch (connect,
 * headers and body; default {@link #DEFAULT_TIMEOUT}), a size cap enforced while the body
 * streams in (default {@link #DEFAULT_MAX_BYTES}), a descriptive {@link #USER_AGENT}, and
 * conditional GET: given the previous {@code ETag} / {@code Last-Modified} it sends
 * {@code If-None-Match} / {@code If-Modified-Since} and reports
 * {@link FetchResult.Status#NOT_MODIFIED} on 304.
 * <p>
 * Letterboxd's terms forbid scraping, so a letterboxd.com URL is fetched only when it is
 * a feed (its path ends in {@code /rss/}); {@code boxd.it} short links (which lead to
 * pages) and redirects to a refused URL are refused too. Redirects are followed by hand,
 * at most {@link #MAX_REDIRECTS}, each target checked.
 * <p>
 * One deadline per attempt: the attempt (every redirect hop, connect, headers and body)
 * must finish within the timeout, measured from its start. The HTTP client gets no
 * request timeout of its own, so there is one timer; should the client still report a
 * timeout (its connect timeout, which equals ours), the reason is the same
 * {@code "timed out after N s"} either way.
 * <p>
 * Errors: {@link FeedFetchException} naming the URL and the reason. Network errors,
 * timeouts and 5xx answers are retried once after a backoff (Spring's
 * {@link RetryTemplate}); 4xx answers, an oversized body and a refused URL are not.
 * Thread-safe: one instance may serve several fetches.
 */
public final class FeedFetcher {

	public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

	/** 5 MiB: Letterboxd's 100-item feed is about 140 KB. */
	public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

	public static final String USER_AGENT = "reviewbatch/0.1"
			+ " (+https://github.com/reviewbatch/reviewbatch; feed reader)";

	static final Duration DEFAULT_BACKOFF = Duration.ofSeconds(2);

	static final int MAX_REDIRECTS = 5;

	static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

	private final Exchange exchange;

	private final Duration timeout;

	private final long maxBytes;

	private final RetryTemplate retry;

	public FeedFetcher() {
		this(DEFAULT_TIMEOUT, DEFAULT_MAX_BYTES);
	}

	public FeedFetcher(Duration timeout, long maxBytes) {
		this(timeout, maxBytes, DEFAULT_BACKOFF);
	}

	FeedFetcher(Duration timeout, long maxBytes, Duration backoff) {
		this(timeout, maxBytes, backoff,
				HttpClient.newBuilder()
					.connectTimeout(timeout)
					.followRedirects(HttpClient.Redirect.NEVER)
					.build()::sendAsync);
	}

	/**
	 * @param exchange sends one request; tests give one that fails or never answers, to
	 * drive each path
	 */
	FeedFetcher(Duration timeout, long maxBytes, Duration backoff, Exchange exchange) {
		this.timeout = timeout;
		this.maxBytes = maxBytes;
		this.retry = new RetryTemplate(
				RetryPolicy.builder().maxRetries(1).delay(backoff).includes(Transient.class).build());
		this.exchange = exchange;
	}

	/** An unconditional fetch. */
	public FetchResult fetch(String url) throws FeedFetchException {
		return fetch(url, null, null);
	}

	/**
	 * @param etag the previous response's {@code ETag}, or null
	 * @param lastModified the previous response's {@code Last-Modified}, or null
	 */
	public FetchResult fetch(String url, String etag, String lastModified) throws FeedFetchException {
		URI uri = FeedUrls.checkAllowed(url);
		try {
			return retry.execute(() -> attempt(url, uri, etag, lastModified));
		}
		catch (RetryException ex) {
			if (Thread.currentThread().isInterrupted()) {
				throw new FeedFetchException(url, "interrupted", ex);
			}
			if (ex.getLastException() instanceof Transient last) {
				throw new FeedFetchException(url, last.getMessage() + " (tried twice)", last.getCause());
			}
			if (ex.getLastException() instanceof FeedFetchException refused) {
				throw refused;
			}
			throw new FeedFetchException(url, "unexpected error: " + ex.getLastException(), ex.getLastException());
		}
	}

	private FetchResult attempt(String url, URI start, String etag, String lastModified)
			throws FeedFetchException, Transient {
		URI uri = start;
		long deadline = System.nanoTime() + timeout.toNanos();
		for (int hop = 0;; hop++) {
			HttpResponse<byte[]> response = send(url, request(uri, etag, lastModified), deadline);
			int status = response.statusCode();
			String newEtag = response.headers().firstValue("ETag").orElse(null);
			String newLastModified = response.headers().firstValue("Last-Modified").orElse(null);
			if (status == 200) {
				return new FetchResult(FetchResult.Status.OK, response.body(), newEtag, newLastModified);
			}
			if (status == 304) {
				return new FetchResult(FetchResult.Status.NOT_MODIFIED, null, newEtag != null ? newEtag : etag,
						newLastModified != null ? newLastModified : lastModified);
			}
			if (REDIRECTS.contains(status) && hop < MAX_REDIRECTS) {
				uri = redirectTarget(url, uri, response);
				continue;
			}
			if (status >= 500) {
				throw new Transient("HTTP " + status + " (server error)", null);
			}
			throw new FeedFetchException(url, "HTTP " + status + describe(status));
		}
	}

	private HttpRequest request(URI uri, String etag, String lastModified) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri)
			.header("User-Agent", USER_AGENT)
			.header("Accept", "application/rss+xml, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.1")
			.GET();
		if (etag != null) {
			request.header("If-None-Match", etag);
		}
		if (lastModified != null) {
			request.header("If-Modified-Since", lastModified);
		}
		return request.build();
	}

	/**
	 * Sends and waits until {@code deadline} ({@link System#nanoTime()} units) for the
	 * whole exchange, body included; only a 200's body is kept. A timeout is reported the
	 * same way whoever notices it first.
	 */
	private HttpResponse<byte[]> send(String url, HttpRequest request, long deadline)
			throws FeedFetchException, Transient {
		CompletableFuture<HttpResponse<byte[]>> pending = exchange.send(request,
				info -> info.statusCode() == 200
						? new CappedBody(maxBytes, info.headers().firstValueAsLong("Content-Length").orElse(-1))
						: BodySubscribers.replacing(new byte[0]));
		try {
			return pending.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
		}
		catch (TimeoutException ex) {
			pending.cancel(true);
			throw timedOut(ex);
		}
		catch (ExecutionException ex) {
			Throwable cause = ex.getCause();
			if (cause instanceof CappedBody.TooLarge) {
				throw new FeedFetchException(url, cause.getMessage(), cause);
			}
			if (cause instanceof HttpTimeoutException) {
				throw timedOut(cause);
			}
			if (cause instanceof IOException) {
				throw new Transient("network error: " + cause, cause);
			}
			throw new FeedFetchException(url, "unexpected error: " + cause, cause);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			pending.cancel(true);
			throw new FeedFetchException(url, "interrupted", ex);
		}
	}

	private Transient timedOut(Throwable cause) {
		return new Transient("timed out after " + seconds(timeout), cause);
	}

	private static URI redirectTarget(String url, URI from, HttpResponse<?> response) throws FeedFetchException {
		String location = response.headers()
			.firstValue("Location")
			.orElseThrow(() -> new FeedFetchException(url, "HTTP " + response.statusCode() + " without a Location"));
		try {
			return FeedUrls.checkAllowed(from.resolve(new URI(location.strip())).toString());
		}
		catch (URISyntaxException ex) {
			throw new FeedFetchException(url, "redirect to an invalid URL: " + location, ex);
		}
		catch (FeedFetchException ex) {
			throw new FeedFetchException(url, "redirected to " + location + ", which is refused: " + ex.reason());
		}
	}

	private static String describe(int status) {
		return switch (status) {
			case 401, 403 -> " (access refused)";
			case 404 -> " (not found)";
			case 410 -> " (gone)";
			case 429 -> " (too many requests)";
			default -> "";
		};
	}

	private static String seconds(Duration duration) {
		return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
	}

	/** Sends one request without waiting: {@link HttpClient#sendAsync} in production. */
	@FunctionalInterface
	interface Exchange {

		CompletableFuture<HttpResponse<byte[]>> send(HttpRequest request, BodyHandler<byte[]> body);

	}

	/** A failure worth one retry: a network error, a timeout, a server error. */
	private static final class Transient extends Exception {

		Transient(String reason, Throwable cause) {
			super(reason, cause);
		}

	}

}
