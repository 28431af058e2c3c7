package vn.atgt.thidua.shared.events;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import vn.atgt.thidua.shared.security.CurrentUser;

/**
 * Who caused a domain event, captured when the event is created: a listener may run later, on another thread or
 * after a restart, when neither the signed-in user nor the request is at hand any more.
 */
public record Actor(Long accountId, String name, Long agencyId, String address) {

	/** The signed-in user of the current request (and its client address, if there is a request). */
	public static Actor of(CurrentUser user) {
		if (user == null) {
			return system();
		}
		return new Actor(user.id(), user.displayName(), user.agencyId(), clientAddress());
	}

	/** A scheduled job or another piece of work without a signed-in user. */
	public static Actor system() {
		return new Actor(null, null, null, clientAddress());
	}

	private static String clientAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet) {
			return servlet.getRequest().getRemoteAddr();
		}
		return null;
	}

}
