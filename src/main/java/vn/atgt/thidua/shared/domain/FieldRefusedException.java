package vn.atgt.thidua.shared.domain;

/**
 * A value a rule of the domain refuses, with the form field it belongs to and the message key, so that the page
 * shows the message next to that field and keeps what was typed ({@code result.rejectValue(field, messageKey)}).
 */
public class FieldRefusedException extends RuntimeException {

	private final String field;

	private final String messageKey;

	public FieldRefusedException(String field, String messageKey) {
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
