package vn.atgt.thidua.nomination;

/** An upload refused for its size or its real type (a renamed executable, an image instead of a PDF…). */
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
