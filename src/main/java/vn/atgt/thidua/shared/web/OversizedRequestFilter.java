package vn.atgt.thidua.shared.web;

import java.io.IOException;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request that announces a body larger than the multipart limit is answered at once with the Vietnamese 413
 * page, before security or multipart parsing read a byte of it. Tomcat then reads and discards the rest of the body
 * ({@code server.tomcat.max-swallow-size=-1}), so the browser receives the page instead of a reset connection,
 * whatever the size (see docs/adr/0112). Registered by {@link UploadLimitsConfiguration}.
 */
class OversizedRequestFilter extends OncePerRequestFilter {

	private final long maxRequestBytes;

	OversizedRequestFilter(DataSize maxRequestSize) {
		this.maxRequestBytes = maxRequestSize.toBytes();
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getDispatcherType() == DispatcherType.ERROR) {
			// Tomcat answered 413 itself (a file over the part limit, a chunked body over the request limit): the
			// error page must not try to parse that body again
			Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
			boolean tooLarge = Integer.valueOf(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE).equals(status);
			chain.doFilter(tooLarge ? new Bodiless(request) : request, response);
			return;
		}
		if (request.getContentLengthLong() > this.maxRequestBytes) {
			// not sendError: the error dispatch would run the security filters on the original POST, whose CSRF
			// check parses the multipart body and fails on its size; the error page is reached as a bodiless GET
			request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
			request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
			response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
			request.getRequestDispatcher("/error").forward(new Bodiless(request), response);
			return;
		}
		chain.doFilter(request, response);
	}

	/** The request as a GET without a body, so nothing downstream tries to read the oversized one. */
	private static final class Bodiless extends HttpServletRequestWrapper {

		Bodiless(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getMethod() {
			return "GET";
		}

		@Override
		public String getContentType() {
			return null;
		}

		@Override
		public int getContentLength() {
			return 0;
		}

		@Override
		public long getContentLengthLong() {
			return 0;
		}

		@Override
		public String getParameter(String name) {
			return null;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return Map.of();
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.emptyEnumeration();
		}

		@Override
		public String[] getParameterValues(String name) {
			return null;
		}

		@Override
		public Collection<Part> getParts() {
			return List.of();
		}

		@Override
		public Part getPart(String name) {
			return null;
		}

		@Override
		public ServletInputStream getInputStream() {
			return new ServletInputStream() {

				@Override
				public boolean isFinished() {
					return true;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
				}

				@Override
				public int read() {
					return -1;
				}

			};
		}

	}

}
