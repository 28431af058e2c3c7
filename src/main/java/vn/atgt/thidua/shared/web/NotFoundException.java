package vn.atgt.thidua.shared.web;

/**
 * Kept for code written before {@link vn.atgt.thidua.shared.domain.NotFoundException} moved to {@code shared.domain}.
 * @deprecated throw {@link vn.atgt.thidua.shared.domain.NotFoundException}
 */
@Deprecated(forRemoval = true)
public class NotFoundException extends vn.atgt.thidua.shared.domain.NotFoundException {

	public NotFoundException(String recordType, Object id) {
		super(recordType, id);
	}

}
