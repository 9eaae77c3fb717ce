package dev.reviewbatch.source.rss;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body up to {@code maxBytes}; one byte more (or a
 * {@code Content-Length} above the cap) cancels the download and fails with
 * {@link TooLarge}, so an endless or huge body is never held in memory. Single use;
 * driven by the HTTP client.
 */
final class CappedBody implements BodySubscriber<byte[]> {

	private final long maxBytes;

	private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

	private final CompletableFuture<byte[]> result = new CompletableFuture<>();

	private Flow.Subscription subscription;

	private final long declaredLength;

	/**
	 * @param declaredLength the response's {@code Content-Length}, or -1 when it gives
	 * none
	 */
	CappedBody(long maxBytes, long declaredLength) {
		this.maxBytes = maxBytes;
		this.declaredLength = declaredLength;
	}

	@Override
	public CompletionStage<byte[]> getBody() {
		return result;
	}

	@Override
	public void onSubscribe(Flow.Subscription subscription) {
		this.subscription = subscription;
		if (declaredLength > maxBytes) {
			subscription.cancel();
			result.completeExceptionally(new TooLarge(maxBytes));
			return;
		}
		subscription.request(Long.MAX_VALUE);
	}

	@Override
	public void onNext(List<ByteBuffer> buffers) {
		if (result.isDone()) {
			return;
		}
		for (ByteBuffer buffer : buffers) {
			if (bytes.size() + (long) buffer.remaining() > maxBytes) {
				subscription.cancel();
				result.completeExceptionally(new TooLarge(maxBytes));
				return;
			}
			byte[] chunk = new byte[buffer.remaining()];
			buffer.get(chunk);
			bytes.writeBytes(chunk);
		}
	}

	@Override
	public void onError(Throwable error) {
		result.completeExceptionally(error);
	}

	@Override
	public void onComplete() {
		result.complete(bytes.toByteArray());
	}

	/** The body went past the cap. */
	static final class TooLarge extends RuntimeException {

		TooLarge(long maxBytes) {
			super(String.format(Locale.ROOT, "the feed is larger than the %,d-byte limit", maxBytes));
		}

	}

}
