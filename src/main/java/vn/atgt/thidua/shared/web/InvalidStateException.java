package vn.atgt.thidua.shared.web;

/**
 * Kept for code written before {@link vn.atgt.thidua.shared.domain.InvalidStateException} moved to {@code shared.domain}.
 * @deprecated throw {@link vn.atgt.thidua.shared.domain.InvalidStateException}
 */
@Deprecated(forRemoval = true)
public class InvalidStateException extends vn.atgt.thidua.shared.domain.InvalidStateException {

	public InvalidStateException(String messageKey) {
		super(messageKey);
	}

}
