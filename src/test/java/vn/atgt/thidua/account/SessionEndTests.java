package vn.atgt.thidua.account;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import vn.atgt.thidua.support.IntegrationTest;
import vn.atgt.thidua.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A password change ends the account's other sessions; an ended session's next request says so in Vietnamese. */
@IntegrationTest
class SessionEndTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Test
	void changingThePasswordEndsTheOtherSessionsButNotThisOne() throws Exception {
		UserAccount account = this.testData.agencyUser(this.testData.agency("Sở Tư pháp"));
		Cookie here = signIn(account.getUsername());
		Cookie elsewhere = signIn(account.getUsername());
		this.mvc.perform(get("/plans").cookie(elsewhere)).andExpect(status().isOk());

		this.mvc.perform(post("/account/password").cookie(here).with(csrf()).param("currentPassword", TestData.PASSWORD)
				.param("newPassword", "MatKhauMoi2025").param("confirmPassword", "MatKhauMoi2025"))
			.andExpect(redirectedUrl("/"));

		this.mvc.perform(get("/plans").cookie(here)).andExpect(status().isOk());
		this.mvc.perform(get("/plans").cookie(elsewhere)).andExpect(redirectedUrl("/login?expired"));
	}

	@Test
	void aNewPasswordLongerThanBcryptReadsIsRefusedNextToTheFieldNotWithA400Page() throws Exception {
		UserAccount account = this.testData.agencyUser(this.testData.agency("Sở Tài chính"));
		Cookie here = signIn(account.getUsername());
		String tooLong = "Abcdef1234" + "x".repeat(70);
		this.mvc.perform(post("/account/password").cookie(here).with(csrf()).param("currentPassword", TestData.PASSWORD)
				.param("newPassword", tooLong).param("confirmPassword", tooLong))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mật khẩu quá dài: tối đa 72 byte")));
		// 30 letters with diacritics are 60+ bytes in UTF-8: a Vietnamese passphrase reaches the limit sooner
		String vietnamese = "Mậtkhẩuđượcđặt2025" + "ữ".repeat(20);
		this.mvc.perform(post("/account/password").cookie(here).with(csrf()).param("currentPassword", tooLong)
				.param("newPassword", vietnamese).param("confirmPassword", vietnamese))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mật khẩu quá dài")));
		this.mvc.perform(get("/plans").cookie(here)).andExpect(status().isOk());
	}

	@Test
	void anEndedSessionsFragmentRequestNavigatesToTheSignInPage() throws Exception {
		UserAccount account = this.testData.agencyUser(this.testData.agency("Sở Ngoại vụ"));
		Cookie here = signIn(account.getUsername());
		Cookie elsewhere = signIn(account.getUsername());
		this.mvc.perform(post("/account/password").cookie(here).with(csrf()).param("currentPassword", TestData.PASSWORD)
				.param("newPassword", "MatKhauMoi2026").param("confirmPassword", "MatKhauMoi2026"));

		MockHttpServletResponse response = this.mvc.perform(get("/notifications/badge").cookie(elsewhere)
				.header("HX-Request", "true")).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(401);
		assertThat(response.getHeader("HX-Redirect")).isEqualTo("/login?expired");
		assertThat(response.getContentAsString()).isEmpty();
	}

	@Test
	void theSignInPageExplainsAnEndedSessionInVietnamese() throws Exception {
		this.mvc.perform(get("/login").param("expired", ""))
			.andExpect(content().string(containsString("Phiên làm việc đã kết thúc")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("This session has been expired"))));
	}

	@Test
	void aTimedOutSessionsNextPageIsTheSignInPageWithTheMessage() throws Exception {
		// a session cookie whose session is gone from the store (timed out, cleaned up)
		MockHttpServletResponse response = this.mvc
			.perform(get("/plans").cookie(new Cookie("SESSION", java.util.Base64.getEncoder()
				.encodeToString("het-han-tu-lau".getBytes(java.nio.charset.StandardCharsets.US_ASCII)))))
			.andReturn()
			.getResponse();
		assertThat(response.getRedirectedUrl()).isEqualTo("/login?expired");
	}

	// the session lives in PostgreSQL (Spring Session): a browser holds only its cookie
	private Cookie signIn(String username) throws Exception {
		return this.mvc.perform(formLogin("/login").user(username).password(TestData.PASSWORD))
			.andExpect(redirectedUrl("/")).andReturn().getResponse().getCookie("SESSION");
	}

}
