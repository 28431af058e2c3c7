package vn.atgt.thidua.shared.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A record that does not exist, or that the signed-in user may not know exists: both answer 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {

	public NotFoundException(String recordType, Object id) {
		super(recordType + " " + id + " not found");
	}

}
