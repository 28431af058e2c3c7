package vn.atgt.thidua.account;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.atgt.thidua.support.IntegrationTest;
import vn.atgt.thidua.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/**
 * Throttling seen from outside, as the black-box probe tried it: per client address whatever the name, per name
 * from one address, never a lock-out that a stranger can cause by typing a name; failures counted per window.
 */
@IntegrationTest
@TestPropertySource(properties = { SecondFactorTests.REQUIRED_ROLES, SecondFactorTests.PER_ADDRESS })
class SignInThrottlingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	UserAccountRepository accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ThrottleProperties properties;

	@Test
	void thirtyFailedSignInsOnThirtyNamesFromOneAddressAreThrottledThenEvenTheRightPasswordWaits() throws Exception {
		String address = freshAddress();
		List<String> answers = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			answers.add(signIn("khongco" + i + "-" + UUID.randomUUID(), "sai-mat-khau", address));
		}
		assertThat(answers.subList(0, 20)).containsOnly("/login?error");
		assertThat(answers.subList(20, 30)).allMatch(answer -> answer.startsWith("/login?throttled="));

		UserAccount office = this.testData.office();
		assertThat(signIn(office.getUsername(), TestData.PASSWORD, address)).startsWith("/login?throttled=");
		assertThat(signIn(office.getUsername(), TestData.PASSWORD, freshAddress())).isEqualTo("/");
	}

	@Test
	void typingAnAccountsNameFromOneAddressDoesNotLockItsOwnerOutElsewhere() throws Exception {
		UserAccount office = this.testData.office();
		String attacker = freshAddress();
		for (int i = 0; i < 5; i++) {
			assertThat(signIn(office.getUsername(), "doan-" + i, attacker)).isEqualTo("/login?error");
		}
		assertThat(signIn(office.getUsername(), TestData.PASSWORD, attacker)).startsWith("/login?throttled=");
		assertThat(signIn(office.getUsername(), TestData.PASSWORD, freshAddress())).isEqualTo("/");
	}

	@Test
	void aNameGuessedFromManyAddressesWaitsOnlyWhereItFailed() throws Exception {
		UserAccount office = this.testData.office();
		for (int i = 0; i < this.properties.perAccount(); i++) {
			signIn(office.getUsername(), "phan-tan-" + i, freshAddress());
		}
		String failedBefore = freshAddress();
		assertThat(signIn(office.getUsername(), "lan-nua", failedBefore)).isEqualTo("/login?error");
		assertThat(signIn(office.getUsername(), TestData.PASSWORD, failedBefore)).startsWith("/login?throttled=");
		assertThat(signIn(office.getUsername(), TestData.PASSWORD, freshAddress())).isEqualTo("/");
	}

	@Test
	void failedSignInsAreCountedInOneRowPerNameAddressAndWindowWithOneAuditRow() throws Exception {
		UserAccount office = this.testData.office();
		String address = freshAddress();
		for (int i = 0; i < 4; i++) {
			signIn(office.getUsername(), "sai-" + i, address);
		}
		Integer rows = this.jdbc.queryForObject(
				"select count(*) from sign_in_failure where username_key = ? and address = ?", Integer.class,
				office.getUsername(), address);
		Integer failures = this.jdbc.queryForObject(
				"select sum(failures) from sign_in_failure where username_key = ? and address = ?", Integer.class,
				office.getUsername(), address);
		Integer auditRows = this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'auth.failure' and summary = ? and address = ?",
				Integer.class, office.getUsername(), address);
		assertThat(rows).isBetween(1, 2);
		assertThat(failures).isEqualTo(4);
		assertThat(auditRows).isEqualTo(rows);
	}

	@Test
	void unknownNameWrongPasswordAndDisabledAccountGetTheSameAnswerInSimilarTime() throws Exception {
		UserAccount office = this.testData.office();
		UserAccount disabled = this.testData.office();
		disabled.enable(false);
		this.accounts.save(disabled);
		String address = freshAddress();
		signIn("khoi-dong", "x", freshAddress());

		long unknown = medianNanos(() -> signIn("khongco-" + UUID.randomUUID(), "sai", address));
		long wrong = medianNanos(() -> signIn(office.getUsername(), "sai", freshAddress()));
		long disabledRight = medianNanos(() -> signIn(disabled.getUsername(), TestData.PASSWORD, freshAddress()));

		assertThat(signIn("khongco-" + UUID.randomUUID(), "sai", freshAddress())).isEqualTo("/login?error");
		assertThat(signIn(office.getUsername(), "sai", freshAddress())).isEqualTo("/login?error");
		assertThat(signIn(disabled.getUsername(), TestData.PASSWORD, freshAddress())).isEqualTo("/login?error");
		// every answer hashes a password (a dummy one for an unknown name): none is an order of magnitude faster
		assertThat(unknown).isGreaterThan(wrong / 4);
		assertThat(disabledRight).isGreaterThan(wrong / 4);
	}

	@Test
	void aThousandCharacterNameIsAnOrdinaryFailureNotAnError() throws Exception {
		String address = freshAddress();
		assertThat(signIn("a".repeat(1001), "sai", address)).isEqualTo("/login?error");
		Integer rows = this.jdbc.queryForObject("select count(*) from sign_in_failure where address = ?",
				Integer.class, address);
		assertThat(rows).isEqualTo(1);
	}

	@Test
	void throttledPageSaysInVietnameseWhenToTryAgainAndShowsNothingElseFromTheAddress() throws Exception {
		this.mvc.perform(get("/login").param("throttled", "7"))
			.andExpect(content().string(containsString("Vui lòng thử lại sau 7 phút")));
		this.mvc.perform(get("/login").param("throttled", "<b>x</b>"))
			.andExpect(content().string(not(containsString("thử lại sau"))));
	}

	private String signIn(String username, String password, String address) throws Exception {
		MvcResult result = this.mvc.perform(post("/login").param("username", username).param("password", password)
				.with(csrf()).with(from(address))).andReturn();
		return result.getResponse().getRedirectedUrl();
	}

	private interface Attempt {

		void run() throws Exception;

	}

	private static long medianNanos(Attempt attempt) throws Exception {
		long[] times = new long[5];
		for (int i = 0; i < times.length; i++) {
			long start = System.nanoTime();
			attempt.run();
			times[i] = System.nanoTime() - start;
		}
		java.util.Arrays.sort(times);
		return times[2];
	}

	static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private static int counter;

	static synchronized String freshAddress() {
		counter++;
		return "10." + (counter / 65536 % 256) + "." + (counter / 256 % 256) + "." + (counter % 256);
	}

}
