package vn.atgt.thidua.shared.domain;

/** Someone else changed the record since the form was opened; nothing was overwritten. */
public class ConflictException extends RuntimeException {

	private final String recordType;

	private final Object recordId;

	public ConflictException(String recordType, Object recordId) {
		super(recordType + " " + recordId + " was changed by someone else");
		this.recordType = recordType;
		this.recordId = recordId;
	}

	public String recordType() {
		return this.recordType;
	}

	public Object recordId() {
		return this.recordId;
	}

}
