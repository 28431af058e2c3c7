package vn.atgt.thidua.shared.web;

/**
 * Kept for code written before {@link vn.atgt.thidua.shared.domain.ConflictException} moved to {@code shared.domain}.
 * @deprecated throw {@link vn.atgt.thidua.shared.domain.ConflictException}
 */
@Deprecated(forRemoval = true)
public class ConflictException extends vn.atgt.thidua.shared.domain.ConflictException {

	public ConflictException(String recordType, Object recordId) {
		super(recordType, recordId);
	}

}
