package vn.atgt.thidua.support;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import jakarta.servlet.http.Cookie;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A browser's session cookie for MockMvc while sessions live in PostgreSQL (Spring Session JDBC). The session id
 * changes at sign-in and at the second factor, and the new cookie would have to be picked up from each response; the
 * row's primary id does not change, so each request carries the session's current id, read from the store. A
 * session that has ended keeps sending its last id, as a browser would.
 */
public final class SessionCookie implements RequestPostProcessor {

	private final JdbcTemplate jdbc;

	private final String primaryId;

	private String lastId;

	private SessionCookie(JdbcTemplate jdbc, String primaryId, String lastId) {
		this.jdbc = jdbc;
		this.primaryId = primaryId;
		this.lastId = lastId;
	}

	/** The session a response set its cookie for. */
	public static SessionCookie of(MvcResult result, JdbcTemplate jdbc) {
		Cookie cookie = result.getResponse().getCookie("SESSION");
		if (cookie == null) {
			throw new IllegalStateException("the response set no SESSION cookie");
		}
		String id = new String(Base64.getDecoder().decode(cookie.getValue()), StandardCharsets.US_ASCII);
		String primary = jdbc.queryForObject("select primary_id from spring_session where session_id = ?",
				String.class, id);
		return new SessionCookie(jdbc, primary, id);
	}

	@Override
	public MockHttpServletRequest postProcessRequest(MockHttpServletRequest request) {
		List<String> ids = this.jdbc.queryForList("select session_id from spring_session where primary_id = ?",
				String.class, this.primaryId);
		if (!ids.isEmpty()) {
			this.lastId = ids.get(0);
		}
		List<Cookie> cookies = new ArrayList<>();
		if (request.getCookies() != null) {
			cookies.addAll(List.of(request.getCookies()));
		}
		cookies.add(new Cookie("SESSION",
				Base64.getEncoder().encodeToString(this.lastId.getBytes(StandardCharsets.US_ASCII))));
		request.setCookies(cookies.toArray(Cookie[]::new));
		return request;
	}

}
