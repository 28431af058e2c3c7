package vn.atgt.thidua.nomination;

/** A nominee that the rules do not allow (wrong subject for the award form, duplicate, under discipline). */
public class NomineeRefusedException extends RuntimeException {

	private final String field;

	private final String messageKey;

	public NomineeRefusedException(String field, String messageKey) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
	}

	public String field() {
		return this.field;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
