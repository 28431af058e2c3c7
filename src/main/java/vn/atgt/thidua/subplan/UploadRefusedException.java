package vn.atgt.thidua.subplan;

/** An uploaded file was refused (wrong type, too large, empty); the message key tells the user why. */
public class UploadRefusedException extends RuntimeException {

	private final String messageKey;

	public UploadRefusedException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
