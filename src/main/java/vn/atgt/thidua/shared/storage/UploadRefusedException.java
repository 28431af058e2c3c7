package vn.atgt.thidua.shared.storage;

/** An upload refused (empty, too large, not an accepted type, an abnormal archive); the message key says why. */
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
