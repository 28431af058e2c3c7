package vn.atgt.thidua.shared.session;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.atgt.thidua.account.UserAccount;
import vn.atgt.thidua.account.UserAccountRepository;
import vn.atgt.thidua.support.IntegrationTest;
import vn.atgt.thidua.support.MutableClock;
import vn.atgt.thidua.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Sessions live in PostgreSQL (Spring Session JDBC on the embedded PostgreSQL): a sign-in writes a row indexed by the
 * user name, ending a user's sessions goes through that table (so through every instance), and a session ends 12 hours
 * after sign-in however active it is.
 */
@IntegrationTest
@Import(SessionStoreTests.ClockConfiguration.class)
class SessionStoreTests {

	@TestConfiguration(proxyBeanMethods = false)
	static class ClockConfiguration {

		@Bean
		@Primary
		MutableClock mutableClock() {
			return new MutableClock(Instant.parse("2026-03-02T01:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
		}

	}

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	UserAccountRepository accounts;

	@Test
	void signInWritesASessionRowWithTheIdleTimeOut() throws Exception {
		UserAccount office = this.testData.office();
		Cookie session = signIn(office);
		assertThat(session).isNotNull();
		assertThat(this.jdbc.sql("select max_inactive_interval from spring_session where principal_name = ?")
			.param(office.getUsername())
			.query(Integer.class)
			.list()).containsExactly(1800);
		this.mvc.perform(get("/plans").cookie(session)).andExpect(status().isOk());
	}

	@Test
	void disablingTheAccountEndsItsSessionThroughTheTable() throws Exception {
		UserAccount user = this.testData.office();
		Cookie session = signIn(user);
		this.mvc.perform(get("/plans").cookie(session)).andExpect(status().isOk());

		UserAccount admin = this.testData.admin();
		Cookie adminSession = signIn(admin);
		this.mvc.perform(post("/accounts/{id}/enable", user.getId()).cookie(adminSession).with(csrf())
				.param("version", String.valueOf(this.accounts.findById(user.getId()).orElseThrow().getVersion()))
				.param("enabled", "false"))
			.andExpect(status().is3xxRedirection());

		this.mvc.perform(get("/plans").cookie(session)).andExpect(redirectedUrl("/login?expired"));
		assertThat(sessionsOf(user)).isZero();
		this.mvc.perform(get("/plans").cookie(adminSession)).andExpect(status().isOk());
	}

	@Test
	void changingTheOwnPasswordEndsTheOtherSessionsButNotThisOne() throws Exception {
		UserAccount office = this.testData.office();
		Cookie here = signIn(office);
		Cookie elsewhere = signIn(office);
		assertThat(sessionsOf(office)).isEqualTo(2);
		this.mvc.perform(post("/account/password").cookie(here).with(csrf()).param("currentPassword", TestData.PASSWORD)
				.param("newPassword", "LangSon2024atgt").param("confirmPassword", "LangSon2024atgt"))
			.andExpect(redirectedUrl("/"));
		this.mvc.perform(get("/plans").cookie(elsewhere)).andExpect(redirectedUrl("/login?expired"));
		this.mvc.perform(get("/plans").cookie(here)).andExpect(status().isOk());
		assertThat(sessionsOf(office)).isEqualTo(1);
	}

	@Test
	void aSessionEndsTwelveHoursAfterSignInHoweverActive() throws Exception {
		UserAccount office = this.testData.office();
		Cookie session = signIn(office);
		this.clock.advance(Duration.ofHours(11).plusMinutes(59));
		this.mvc.perform(get("/plans").cookie(session)).andExpect(status().isOk());
		this.clock.advance(Duration.ofMinutes(1));
		this.mvc.perform(get("/plans").cookie(session)).andExpect(redirectedUrl("/login?expired"));
		assertThat(sessionsOf(office)).isZero();
		this.mvc.perform(get("/plans").cookie(session)).andExpect(status().is3xxRedirection());
	}

	private Cookie signIn(UserAccount account) throws Exception {
		return this.mvc.perform(formLogin("/login").user(account.getUsername()).password(TestData.PASSWORD))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
	}

	private long sessionsOf(UserAccount account) {
		return this.jdbc.sql("select count(*) from spring_session where principal_name = ?")
			.param(account.getUsername())
			.query(Long.class)
			.single();
	}

}
