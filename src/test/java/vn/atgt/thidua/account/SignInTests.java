package vn.atgt.thidua.account;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.atgt.thidua.audit.AuditLog;
import vn.atgt.thidua.support.IntegrationTest;
import vn.atgt.thidua.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Sign-in, lockout after repeated failures, session fixation, logout, headers and the Vietnamese pages. */
@IntegrationTest
class SignInTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	UserAccountRepository accounts;

	@Autowired
	AuditLog audit;

	@Test
	void signsInWithCorrectPassword() throws Exception {
		UserAccount office = this.testData.office();
		this.mvc.perform(formLogin().user(office.getUsername()).password(TestData.PASSWORD))
			.andExpect(redirectedUrl("/"));
		assertThat(this.audit.historyOf("UserAccount", office.getId())).extracting(e -> e.getAction()).contains("auth.success");
	}

	@Test
	void changesSessionIdAtSignIn() throws Exception {
		UserAccount office = this.testData.office();
		MockHttpSession session = new MockHttpSession();
		String before = session.getId();
		MvcResult result = this.mvc.perform(formLogin().user(office.getUsername()).password(TestData.PASSWORD)).andReturn();
		assertThat(result.getRequest().getSession().getId()).isNotEqualTo(before);
	}

	@Test
	void loginPageIsVietnameseAndCarriesCsrfToken() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tên đăng nhập")))
			.andExpect(content().string(containsString("name=\"_csrf\"")))
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
			.andExpect(header().string("X-Frame-Options", "DENY"));
	}

	@Test
	void switchesToEnglish() throws Exception {
		this.mvc.perform(get("/login").param("lang", "en")).andExpect(content().string(containsString("Username")));
	}

	@Test
	void logoutNeedsPostWithCsrf() throws Exception {
		this.mvc.perform(post("/logout").with(csrf())).andExpect(redirectedUrl("/login?logout"));
	}

	@Test
	void unknownPageShowsVietnamese404() throws Exception {
		this.mvc.perform(get("/public/plans/999999999"))
			.andExpect(status().isNotFound());
	}

}
