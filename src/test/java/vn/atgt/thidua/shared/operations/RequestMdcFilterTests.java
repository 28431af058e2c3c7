package vn.atgt.thidua.shared.operations;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/** Log lines written while a request runs carry its id and the signed-in user; nothing leaks to the next request. */
class RequestMdcFilterTests {

	@AfterEach
	void clear() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void putsRequestIdAndUserIntoTheMdcForTheRequestOnly() throws Exception {
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("vanphong",
				null, AuthorityUtils.createAuthorityList("ROLE_OFFICE")));
		Map<String, String> seen = new HashMap<>();
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/plans");
		request.addHeader("X-Request-Id", "nginx-5f2a9c1d");
		MockHttpServletResponse response = new MockHttpServletResponse();
		new RequestMdcFilter().doFilter(request, response, (req, res) -> {
			seen.put("requestId", MDC.get("requestId"));
			seen.put("user", MDC.get("user"));
		});
		assertThat(seen).containsEntry("requestId", "nginx-5f2a9c1d").containsEntry("user", "vanphong");
		assertThat(response.getHeader("X-Request-Id")).isEqualTo("nginx-5f2a9c1d");
		assertThat(MDC.get("requestId")).isNull();
		assertThat(MDC.get("user")).isNull();
	}

	@Test
	void anAnonymousRequestGetsAFreshId() throws Exception {
		Map<String, String> seen = new HashMap<>();
		new RequestMdcFilter().doFilter(new MockHttpServletRequest("GET", "/login"), new MockHttpServletResponse(),
				(req, res) -> {
					seen.put("requestId", MDC.get("requestId"));
					seen.put("user", MDC.get("user"));
				});
		assertThat(seen.get("requestId")).hasSize(36);
		assertThat(seen.get("user")).isEqualTo("-");
	}

}
