package vn.atgt.thidua.nomination;

/** A row of the prize tables that the rules refuse (a second row for the same date, a form not for that subject). */
public class PrizeRateRefusedException extends RuntimeException {

	private final String field;

	private final String messageKey;

	public PrizeRateRefusedException(String field, String messageKey) {
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
