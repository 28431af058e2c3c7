package vn.atgt.thidua.shared.domain;

/** A workflow step asked in the wrong state (e.g. publishing a closed plan); carries the message key the page shows. */
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
