package vn.atgt.thidua.shared.operations;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.MDC;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts a request id and the signed-in user into every log line of a request ({@code requestId}, {@code user} in the
 * MDC, printed by {@code logging.pattern.correlation}). The id comes from the proxy's {@code X-Request-Id} when it is
 * a plain token (nginx: {@code $request_id}), so one request is followed from the proxy to the instance; it is echoed
 * in the response.
 */
class RequestMdcFilter extends OncePerRequestFilter {

	static final String HEADER = "X-Request-Id";

	private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._-]{8,64}");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String requestId = request.getHeader(HEADER);
		if (requestId == null || !SAFE_ID.matcher(requestId).matches()) {
			requestId = UUID.randomUUID().toString();
		}
		response.setHeader(HEADER, requestId);
		MDC.put("requestId", requestId);
		MDC.put("user", user());
		try {
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove("requestId");
			MDC.remove("user");
		}
	}

	private static String user() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
			return "-";
		}
		return authentication.getName();
	}

}
