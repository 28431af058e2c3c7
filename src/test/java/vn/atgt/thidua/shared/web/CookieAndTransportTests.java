package vn.atgt.thidua.shared.web;

import java.util.Locale;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.LocaleResolver;

import vn.atgt.thidua.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

/** The language cookie's flags, and HSTS on every HTTPS answer (issue 16, class 8). */
@IntegrationTest
class CookieAndTransportTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theLanguageCookieIsHttpOnlyAndSameSiteAndSecureWhereTheSessionCookieIs() {
		LocaleResolver production = new WebConfiguration().localeResolver(true);
		MockHttpServletResponse response = new MockHttpServletResponse();
		production.setLocale(new MockHttpServletRequest(), response, Locale.ENGLISH);
		Cookie cookie = response.getCookie("lang");
		assertThat(cookie).isNotNull();
		assertThat(cookie.isHttpOnly()).isTrue();
		assertThat(cookie.getSecure()).isTrue();
		assertThat(response.getHeader("Set-Cookie")).contains("SameSite=Lax");

		MockHttpServletResponse developer = new MockHttpServletResponse();
		new WebConfiguration().localeResolver(false).setLocale(new MockHttpServletRequest(), developer, Locale.ENGLISH);
		assertThat(developer.getCookie("lang").getSecure()).isFalse();
	}

	@Test
	void anInvalidLanguageCookieFallsBackToVietnamese() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setCookies(new Cookie("lang", "v\u0000i"));
		assertThat(new WebConfiguration().localeResolver(false).resolveLocale(request).getLanguage()).isEqualTo("vi");
	}

	@Test
	void everyHttpsAnswerCarriesStrictTransportSecurity() throws Exception {
		this.mvc.perform(get("/public/plans").secure(true))
			.andExpect(header().string("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains"));
		this.mvc.perform(get("/login").secure(true))
			.andExpect(header().exists("Strict-Transport-Security"));
	}

	@Test
	void theProductionProfileMakesTheSessionCookieSecure() throws Exception {
		java.util.Properties prod = new java.util.Properties();
		try (var in = getClass().getResourceAsStream("/application-prod.properties")) {
			prod.load(in);
		}
		assertThat(prod.getProperty("server.servlet.session.cookie.secure")).isEqualTo("true");
	}

}
