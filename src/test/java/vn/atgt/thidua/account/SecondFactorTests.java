package vn.atgt.thidua.account;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import vn.atgt.thidua.support.SessionCookie;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.atgt.thidua.audit.AuditLog;
import vn.atgt.thidua.shared.security.AccountPrincipal;
import vn.atgt.thidua.shared.security.SecondFactor;
import vn.atgt.thidua.support.IntegrationTest;
import vn.atgt.thidua.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The production setting: OFFICE and ADMIN accounts need a TOTP code after the password (ADR 0131). Enrolment is
 * forced at the first sign-in, each code works once, recovery codes work once, an administrator resets a lost
 * device.
 */
@IntegrationTest
@TestPropertySource(properties = { SecondFactorTests.REQUIRED_ROLES, SecondFactorTests.PER_ADDRESS })
class SecondFactorTests {

	/** The production rules (one Spring context shared by the classes that use both). */
	static final String REQUIRED_ROLES = "app.security.mfa.required-roles=OFFICE,ADMIN";

	static final String PER_ADDRESS = "app.security.throttle.per-address=20";

	private static final Pattern SECRET = Pattern.compile("id=\"totp-secret\"[^>]*>([A-Z2-7 ]+)<");

	private static final Pattern RECOVERY = Pattern.compile("class=\"recovery-code\">([A-Z0-9-]+)<");

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate sessionStore;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	UserAccountRepository accounts;

	@Autowired
	RecoveryCodeRepository recoveryCodes;

	@Autowired
	AuditLog audit;

	@Autowired
	TotpSecretEncryptionAtStart encryptionAtStart;

	@Test
	void anOfficeAccountIsSentToEnrolmentAndReachesNothingElseBeforeIt() throws Exception {
		UserAccount office = this.testData.office();
		SessionCookie session = signIn(office.getUsername());
		this.mvc.perform(get("/plans").with(session)).andExpect(redirectedUrl(SecondFactor.PAGE));
		this.mvc.perform(get("/accounts").with(session)).andExpect(redirectedUrl(SecondFactor.PAGE));
		MockHttpServletResponse badge = this.mvc.perform(get("/notifications/badge").with(session)
				.header("HX-Request", "true")).andReturn().getResponse();
		assertThat(badge.getStatus()).isEqualTo(403);
		assertThat(badge.getContentAsString()).isEmpty();
		this.mvc.perform(get(SecondFactor.PAGE).with(session)).andExpect(redirectedUrl(SecondFactor.PAGE + "/enrol"));

		String page = this.mvc.perform(get(SecondFactor.PAGE + "/enrol").with(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Đăng ký xác thực hai bước")))
			.andExpect(content().string(containsString("id=\"totp-qr\"")))
			.andReturn().getResponse().getContentAsString();
		String secret = secretIn(page);
		this.mvc.perform(get(SecondFactor.PAGE + "/enrol/qr.svg").with(session))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("image/svg+xml")))
			.andExpect(header().string("Cache-Control", containsString("no-store")))
			.andExpect(content().string(org.hamcrest.Matchers.startsWith("<svg")));

		this.mvc.perform(post(SecondFactor.PAGE + "/enrol").with(session).with(csrf())
				.param("code", Totp.code(Totp.newSecret(), Instant.now())))
			.andExpect(status().isOk()).andExpect(content().string(containsString("id=\"code-error\"")));
		this.mvc.perform(get("/plans").with(session)).andExpect(redirectedUrl(SecondFactor.PAGE));

		List<String> codes = enrol(session, secret);
		assertThat(codes).hasSize(10).doesNotHaveDuplicates();
		this.mvc.perform(get("/plans").with(session)).andExpect(status().isOk());
		assertThat(this.accounts.findById(office.getId()).orElseThrow().hasTotp()).isTrue();
		assertThat(this.audit.historyOf("UserAccount", office.getId())).extracting(e -> e.getAction())
			.contains("account.mfa.enrol");
	}

	@Test
	void anEnrolledSignInAsksForTheCodeAndAcceptsEachCodeAndRecoveryCodeOnce() throws Exception {
		UserAccount office = this.testData.office();
		Enrolled enrolled = enrolledOffice(office);

		SessionCookie session = signIn(office.getUsername());
		this.mvc.perform(get("/plans").with(session)).andExpect(redirectedUrl(SecondFactor.PAGE));
		this.mvc.perform(get(SecondFactor.PAGE).with(session)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Nhập mã 6 chữ số")));
		this.mvc.perform(post(SecondFactor.PAGE).with(session).with(csrf()).param("code", "12345"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("id=\"code-error\"")));
		String now = Totp.code(enrolled.secret(), Instant.now());
		this.mvc.perform(post(SecondFactor.PAGE).with(session).with(csrf()).param("code", now))
			.andExpect(redirectedUrl("/"));
		this.mvc.perform(get("/plans").with(session)).andExpect(status().isOk());

		SessionCookie replay = signIn(office.getUsername());
		this.mvc.perform(post(SecondFactor.PAGE).with(replay).with(csrf()).param("code", now))
			.andExpect(content().string(containsString("id=\"code-error\"")));
		String recovery = enrolled.recoveryCodes().get(3);
		this.mvc.perform(post(SecondFactor.PAGE).with(replay).with(csrf()).param("code", recovery.toLowerCase()))
			.andExpect(redirectedUrl("/"));
		this.mvc.perform(get("/plans").with(replay)).andExpect(status().isOk());

		SessionCookie again = signIn(office.getUsername());
		this.mvc.perform(post(SecondFactor.PAGE).with(again).with(csrf()).param("code", recovery))
			.andExpect(content().string(containsString("id=\"code-error\"")));
		assertThat(this.recoveryCodes.countUnused(office.getId())).isEqualTo(9);
	}

	@Test
	void anAgencyAccountSignsInWithThePasswordAloneUntilItEnrolsOfItsOwnAccord() throws Exception {
		UserAccount agencyUser = this.testData.agencyUser(this.testData.agency("Sở Khoa học"));
		SessionCookie session = signIn(agencyUser.getUsername());
		this.mvc.perform(get("/plans").with(session)).andExpect(status().isOk());
		String page = this.mvc.perform(get(SecondFactor.PAGE + "/enrol").with(session))
			.andExpect(content().string(containsString("bảo vệ tài khoản")))
			.andReturn().getResponse().getContentAsString();
		enrol(session, secretIn(page));

		SessionCookie next = signIn(agencyUser.getUsername());
		this.mvc.perform(get("/plans").with(next)).andExpect(redirectedUrl(SecondFactor.PAGE));
	}

	@Test
	void wrongCodesAreThrottledWithTheWaitInMinutes() throws Exception {
		UserAccount office = this.testData.office();
		enrolledOffice(office);
		SessionCookie session = signIn(office.getUsername());
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(post(SecondFactor.PAGE).with(session).with(csrf()).param("code", "00000" + i));
		}
		this.mvc.perform(post(SecondFactor.PAGE).with(session).with(csrf()).param("code", "000009"))
			.andExpect(content().string(containsString("Vui lòng thử lại sau")));
	}

	@Test
	void anAdministratorResetsALostDeviceEndingTheSessionsAndTheOfficeCannot() throws Exception {
		UserAccount office = this.testData.office();
		Enrolled enrolled = enrolledOffice(office);
		SessionCookie session = signIn(office.getUsername());
		this.mvc.perform(post(SecondFactor.PAGE).with(session).with(csrf())
				.param("code", Totp.code(enrolled.secret(), Instant.now()))).andExpect(redirectedUrl("/"));

		this.mvc.perform(post("/accounts/{id}/second-factor/reset", office.getId()).with(fullySignedIn(this.testData.office()))
				.with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(this.accounts.findById(office.getId()).orElseThrow().hasTotp()).isTrue();

		this.mvc.perform(post("/accounts/{id}/second-factor/reset", office.getId()).with(fullySignedIn(this.testData.admin()))
				.with(csrf()))
			.andExpect(redirectedUrl("/accounts"));
		assertThat(this.accounts.findById(office.getId()).orElseThrow().hasTotp()).isFalse();
		assertThat(this.recoveryCodes.countUnused(office.getId())).isZero();
		this.mvc.perform(get("/plans").with(session)).andExpect(redirectedUrl("/login?expired"));
		assertThat(this.audit.historyOf("UserAccount", office.getId())).extracting(e -> e.getAction())
			.contains("account.mfa.reset");

		SessionCookie next = signIn(office.getUsername());
		this.mvc.perform(get(SecondFactor.PAGE).with(next)).andExpect(redirectedUrl(SecondFactor.PAGE + "/enrol"));
	}

	@Test
	void theSecretIsStoredEncryptedAndASecretStoredInClearIsEncryptedAtStart() throws Exception {
		UserAccount office = this.testData.office();
		Enrolled enrolled = enrolledOffice(office);
		String stored = this.sessionStore.queryForObject("select totp_secret from user_account where id = ?",
				String.class, office.getId());
		assertThat(stored).startsWith("v1:").doesNotContain(enrolled.secret());

		// a row from before ADR 0161: the start-up step encrypts it, and the code still signs in
		this.sessionStore.update("update user_account set totp_secret = ? where id = ?", enrolled.secret(),
				office.getId());
		assertThat(this.encryptionAtStart.encryptClearSecrets()).isGreaterThanOrEqualTo(1);
		assertThat(this.encryptionAtStart.encryptClearSecrets()).isZero();
		String again = this.sessionStore.queryForObject("select totp_secret from user_account where id = ?",
				String.class, office.getId());
		assertThat(again).startsWith("v1:").doesNotContain(enrolled.secret()).isNotEqualTo(stored);

		SessionCookie session = signIn(office.getUsername());
		this.mvc.perform(post(SecondFactor.PAGE).with(session).with(csrf())
				.param("code", Totp.code(enrolled.secret(), Instant.now())))
			.andExpect(redirectedUrl("/"));
		this.mvc.perform(get("/plans").with(session)).andExpect(status().isOk());
	}

	private record Enrolled(String secret, List<String> recoveryCodes) {
	}

	// enrols with the previous step's code, so the current step's code is still fresh for the next sign-in
	private Enrolled enrolledOffice(UserAccount office) throws Exception {
		SessionCookie session = signIn(office.getUsername());
		String page = this.mvc.perform(get(SecondFactor.PAGE + "/enrol").with(session)).andReturn().getResponse()
			.getContentAsString();
		String secret = secretIn(page);
		String html = this.mvc.perform(post(SecondFactor.PAGE + "/enrol").with(session).with(csrf())
				.param("code", Totp.code(secret, Instant.now().minus(Duration.ofSeconds(30)))))
			.andReturn().getResponse().getContentAsString();
		return new Enrolled(secret, codesIn(html));
	}

	private List<String> enrol(SessionCookie session, String secret) throws Exception {
		String html = this.mvc.perform(post(SecondFactor.PAGE + "/enrol").with(session).with(csrf())
				.param("code", Totp.code(secret, Instant.now().minus(Duration.ofSeconds(30)))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		return codesIn(html);
	}

	private static List<String> codesIn(String html) {
		List<String> codes = new ArrayList<>();
		Matcher matcher = RECOVERY.matcher(html);
		while (matcher.find()) {
			codes.add(matcher.group(1));
		}
		return codes;
	}

	private static String secretIn(String page) {
		Matcher matcher = SECRET.matcher(page);
		assertThat(matcher.find()).as("secret shown on the enrolment page").isTrue();
		return matcher.group(1).replace(" ", "");
	}

	private SessionCookie signIn(String username) throws Exception {
		return SessionCookie.of(this.mvc.perform(formLogin("/login").user(username).password(TestData.PASSWORD))
			.andExpect(redirectedUrl("/")).andReturn(), this.sessionStore);
	}

	private RequestPostProcessor fullySignedIn(UserAccount account) {
		AccountPrincipal principal = this.testData.principal(account);
		List<GrantedAuthority> authorities = new ArrayList<>(principal.getAuthorities());
		authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY));
		authorities.add(FactorGrantedAuthority.fromAuthority(SecondFactor.TOTP_AUTHORITY));
		return authentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities));
	}

}
