package vn.atgt.thidua.shared.web;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * A sign-in that failed because the accounts could not be read (the database is down) is not a wrong password:
 * it gets the 503 "try again" page instead of "check your user name and password". Every other failure goes to
 * the sign-in form's own handler.
 */
public final class OutageAwareFailureHandler implements AuthenticationFailureHandler {

	private final AuthenticationFailureHandler delegate;

	public OutageAwareFailureHandler(AuthenticationFailureHandler delegate) {
		this.delegate = delegate;
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException, ServletException {
		if (exception instanceof AuthenticationServiceException && DatabaseOutage.isCause(exception)) {
			response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
			return;
		}
		this.delegate.onAuthenticationFailure(request, response, exception);
	}

}
