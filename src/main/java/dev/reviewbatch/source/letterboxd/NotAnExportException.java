package dev.reviewbatch.source.letterboxd;

/**
 * The input cannot be imported at all: a missing path, something that is not an export, a
 * damaged or unsafe ZIP. The message is one line naming the input and the reason; nothing
 * has been written when this is thrown.
 */
public class NotAnExportException extends RuntimeException {

	public NotAnExportException(String message) {
		super(message);
	}

	public NotAnExportException(String message, Throwable cause) {
		super(message, cause);
	}

}
