package vn.atgt.thidua.shared.web;

/** A workflow step asked in the wrong state (e.g. publishing a closed plan); answered with 409 and a message key. */
public class InvalidStateException extends RuntimeException {

	private final String messageKey;

	public InvalidStateException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
