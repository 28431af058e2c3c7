package vn.atgt.thidua.shared.domain;

/** A record that does not exist, or that the signed-in user may not know exists: the web layer answers 404 for both. */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String recordType, Object id) {
		super(recordType + " " + id + " not found");
	}

}
