package dev.reviewbatch.sync;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Feeds over loopback HTTP for tests: each path serves the text last {@link #put}, with
 * an ETag; a request carrying that ETag gets 304. {@link #slow} makes a path answer only
 * after a delay. Records every request's path and If-None-Match header.
 */
final class FeedServer implements AutoCloseable {

	private final HttpServer server;

	private final Map<String, String> feeds = new ConcurrentHashMap<>();

	private final Map<String, Long> delays = new ConcurrentHashMap<>();

	final List<String> requests = new CopyOnWriteArrayList<>();

	FeedServer() throws IOException {
		server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.createContext("/", this::handle);
		server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
		server.start();
	}

	String url(String path) {
		return "http://127.0.0.1:" + server.getAddress().getPort() + path;
	}

	void put(String path, String feed) {
		feeds.put(path, feed);
	}

	void slow(String path, long millis) {
		delays.put(path, millis);
	}

	private void handle(HttpExchange exchange) throws IOException {
		String path = exchange.getRequestURI().getPath();
		String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
		requests
			.add(path + " If-None-Match=" + ifNoneMatch + " UA=" + exchange.getRequestHeaders().getFirst("User-Agent"));
		try {
			Thread.sleep(delays.getOrDefault(path, 0L));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		String feed = feeds.get(path);
		if (feed == null) {
			exchange.sendResponseHeaders(404, -1);
			exchange.close();
			return;
		}
		String etag = "\"" + Integer.toHexString(feed.hashCode()) + "\"";
		exchange.getResponseHeaders().add("ETag", etag);
		if (etag.equals(ifNoneMatch)) {
			exchange.sendResponseHeaders(304, -1);
			exchange.close();
			return;
		}
		byte[] body = feed.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/rss+xml; charset=utf-8");
		exchange.sendResponseHeaders(200, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	@Override
	public void close() {
		server.stop(0);
	}

}
