package vn.atgt.thidua.account;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.atgt.thidua.agency.Agency;
import vn.atgt.thidua.support.IntegrationTest;
import vn.atgt.thidua.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class AccountManagementTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	UserAccountRepository accounts;

	@Test
	void passwordPolicyNeedsTenCharactersWithLettersAndDigits() {
		assertThat(PasswordPolicy.accepts("abc123")).isFalse();
		assertThat(PasswordPolicy.accepts("abcdefghijk")).isFalse();
		assertThat(PasswordPolicy.accepts("1234567890")).isFalse();
		assertThat(PasswordPolicy.accepts("langson2024")).isTrue();
		assertThat(PasswordPolicy.accepts(PasswordPolicy.temporary())).isTrue();
	}

	@Test
	void resetGivesATemporaryPasswordThatMustBeChangedAtTheNextSignIn() throws Exception {
		Agency agency = this.testData.agency("Sở Tài chính");
		UserAccount account = this.testData.agencyUser(agency);
		RequestPostProcessor office = user(this.testData.principal(this.testData.office()));
		MvcResult reset = this.mvc.perform(post("/accounts/{id}/reset", account.getId()).with(office).with(csrf()))
			.andExpect(status().is3xxRedirection()).andReturn();
		String temporary = ((AccountService.TemporaryPassword) reset.getFlashMap().get("temporaryPassword")).password();
		assertThat(PasswordPolicy.accepts(temporary)).isTrue();

		MvcResult login = this.mvc.perform(formLogin("/login").user(account.getUsername()).password(temporary))
			.andExpect(status().is3xxRedirection()).andReturn();
		// the session lives in PostgreSQL (Spring Session): the next requests carry its cookie
		Cookie session = login.getResponse().getCookie("SESSION");
		this.mvc.perform(get("/plans").cookie(session)).andExpect(redirectedUrl("/account/password"));
		this.mvc.perform(post("/account/password").cookie(session).with(csrf()).param("currentPassword", temporary)
				.param("newPassword", "ngan1").param("confirmPassword", "ngan1"))
			.andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("passwordForm", "newPassword"));
		this.mvc.perform(post("/account/password").cookie(session).with(csrf()).param("currentPassword", temporary)
				.param("newPassword", "LangSon2024atgt").param("confirmPassword", "LangSon2024atgt"))
			.andExpect(redirectedUrl("/"));
		this.mvc.perform(get("/plans").cookie(session)).andExpect(status().isOk());
		assertThat(this.accounts.findById(account.getId()).orElseThrow().isMustChangePassword()).isFalse();
	}

	@Test
	void officeCreatesAnAgencyAccountAndDisablingEndsItsSessions() throws Exception {
		Agency agency = this.testData.agency("Sở Công Thương");
		RequestPostProcessor office = user(this.testData.principal(this.testData.office()));
		String username = "ct" + System.nanoTime() % 100000000;
		this.mvc.perform(post("/accounts/new").param("username", username).param("fullName", "Hoàng Thị Lan")
				.param("role", "AGENCY").with(office).with(csrf()))
			.andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("accountForm", "agencyId"));
		MvcResult created = this.mvc.perform(post("/accounts/new").param("username", username)
				.param("fullName", "Hoàng Thị Lan").param("role", "AGENCY").param("agencyId", agency.getId().toString())
				.with(office).with(csrf()))
			.andExpect(status().is3xxRedirection()).andReturn();
		String temporary = ((AccountService.TemporaryPassword) created.getFlashMap().get("temporaryPassword")).password();
		UserAccount account = this.accounts.findWithRolesByUsername(username).orElseThrow();
		assertThat(account.getAgencyId()).isEqualTo(agency.getId());
		assertThat(account.isMustChangePassword()).isTrue();

		MvcResult login = this.mvc.perform(formLogin("/login").user(username).password(temporary)).andReturn();
		// the session lives in PostgreSQL (Spring Session): the next requests carry its cookie
		Cookie session = login.getResponse().getCookie("SESSION");
		this.mvc.perform(get("/account/password").cookie(session)).andExpect(status().isOk());
		account = this.accounts.findById(account.getId()).orElseThrow();
		this.mvc.perform(post("/accounts/{id}/enable", account.getId()).param("version", String.valueOf(account.getVersion()))
				.param("enabled", "false").with(office).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/account/password").cookie(session))
			.andExpect(result -> assertThat(result.getResponse().getContentAsString()).doesNotContain("password-form"));
		assertThat(this.accounts.findById(account.getId()).orElseThrow().isEnabled()).isFalse();
		this.mvc.perform(get("/accounts").with(user(this.testData.principal(this.testData.reviewer(null)))))
			.andExpect(status().isForbidden());
	}

}
