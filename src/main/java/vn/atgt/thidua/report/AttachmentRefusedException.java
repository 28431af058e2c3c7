package vn.atgt.thidua.report;

/** An uploaded file was refused (wrong type, too large, empty); the message key tells the user why. */
public class AttachmentRefusedException extends RuntimeException {

	private final String messageKey;

	public AttachmentRefusedException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
