package dev.reviewbatch.source.rss;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

/**
 * A feed server on loopback, port 0, for tests: register what each path answers, read
 * back the requests' headers. {@link #close()} releases handlers that are still sleeping
 * and stops the server.
 */
public final class LoopbackFeedServer implements AutoCloseable {

	private final HttpServer server;

	private final ExecutorService threads = Executors.newCachedThreadPool();

	private final CountDownLatch closing = new CountDownLatch(1);

	private final List<Headers> requests = new CopyOnWriteArrayList<>();

	public LoopbackFeedServer() throws IOException {
		server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.setExecutor(threads);
		server.start();
	}

	/** {@code http://127.0.0.1:<port><path>} */
	public String url(String path) {
		return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort() + path;
	}

	public void on(String path, HttpHandler handler) {
		server.createContext(path, exchange -> {
			requests.add(exchange.getRequestHeaders());
			try (exchange) {
				handler.handle(exchange);
			}
		});
	}

	/** A handler answering {@code status} with {@code body} and a Content-Length. */
	public static HttpHandler answer(int status, byte[] body, String... headerPairs) {
		return exchange -> {
			for (int i = 0; i + 1 < headerPairs.length; i += 2) {
				exchange.getResponseHeaders().add(headerPairs[i], headerPairs[i + 1]);
			}
			exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		};
	}

	/**
	 * A handler that waits (until the server closes, at most {@code millis}) before
	 * answering.
	 */
	public HttpHandler sleeping(long millis) {
		return exchange -> {
			try {
				closing.await(millis, TimeUnit.MILLISECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			answer(200, new byte[0]).handle(exchange);
		};
	}

	public List<Headers> requests() {
		return requests;
	}

	@Override
	public void close() {
		closing.countDown();
		server.stop(0);
		threads.shutdownNow();
	}

}
