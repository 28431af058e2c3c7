package vn.atgt.thidua.account;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import vn.atgt.thidua.demo.DemoDataLoader;
import vn.atgt.thidua.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Chromium, with the production rule that office accounts need a second factor: enrolment with the QR page, a
 * sign-in with password and TOTP code (a wrong code refused), recovery codes that work once; and a forced
 * password change whose page stays one page while the navbar's badge asks for its fragment.
 */
@TestPropertySource(properties = { SecondFactorTests.REQUIRED_ROLES, SecondFactorTests.PER_ADDRESS })
class SignInJourneyIT extends BrowserTest {

	private static final String PASSWORD = DemoDataLoader.DEMO_PASSWORD;

	@Autowired
	AccountService accounts;

	@Autowired
	UserAccountRepository accountRepository;

	@Test
	void officeEnrolsTotpThenSignsInWithACodeAndWithARecoveryCodeOnce() {
		passwordStep("vanphong", PASSWORD);
		waitForUrl("/login/totp/enrol");
		assertThat(text(By.tagName("h1"))).isEqualTo("Đăng ký xác thực hai bước");
		assertThat((Boolean) js().executeScript(
				"const img = document.getElementById('totp-qr'); return img.complete && img.naturalWidth > 0;"))
			.as("QR code image loaded under the CSP").isTrue();
		String secret = text(By.id("totp-secret")).replace(" ", "");
		screenshot("mfa-enrol");
		type(By.id("code"), Totp.code(secret, Instant.now().minus(Duration.ofSeconds(30))));
		click(By.id("enrol-submit"));
		List<String> recoveryCodes = driver.findElements(By.cssSelector("#recovery-codes .recovery-code"))
			.stream().map(WebElement::getText).toList();
		assertThat(recoveryCodes).hasSize(10);
		screenshot("mfa-recovery-codes");
		click(By.id("recovery-continue"));
		open("/plans");
		assertThat(driver.getCurrentUrl()).endsWith("/plans");
		signOut();

		passwordStep("vanphong", PASSWORD);
		waitForUrl("/login/totp");
		String right = Totp.code(secret, Instant.now());
		type(By.id("code"), String.format("%06d", (Integer.parseInt(right) + 1) % 1_000_000));
		click(By.id("totp-submit"));
		assertThat(text(By.id("code-error"))).contains("Mã không đúng");
		type(By.id("code"), right);
		click(By.id("totp-submit"));
		open("/accounts");
		assertThat(driver.getCurrentUrl()).endsWith("/accounts");
		signOut();

		passwordStep("vanphong", PASSWORD);
		waitForUrl("/login/totp");
		type(By.id("code"), recoveryCodes.get(0));
		click(By.id("totp-submit"));
		open("/plans");
		assertThat(driver.getCurrentUrl()).endsWith("/plans");
		signOut();

		passwordStep("vanphong", PASSWORD);
		waitForUrl("/login/totp");
		type(By.id("code"), recoveryCodes.get(0));
		click(By.id("totp-submit"));
		assertThat(find(By.id("code-error")).isDisplayed()).isTrue();
		open("/plans");
		assertThat(driver.getCurrentUrl()).contains("/login/totp");
	}

	@Test
	void theForcedPasswordChangePageStaysOnePageWhileTheBadgeAsksForItsFragment() {
		UserAccount account = this.accountRepository.findWithRolesByUsername("congan").orElseThrow();
		UserAccount admin = this.accountRepository.findWithRolesByUsername("admin").orElseThrow();
		String temporary = this.accounts.resetPassword(account.getId(), admin.toCurrentUser()).password();

		passwordStep("congan", temporary);
		waitForUrl("/account/password");
		waitUntilBadgeAnswered();
		assertThat(count("nav.navbar")).isEqualTo(1);
		assertThat(count("form#password-form")).isEqualTo(1);
		assertThat(count("main")).isEqualTo(1);
		assertThat(badgeRequests()).isEqualTo(1);
		screenshot("forced-password-change");

		type(By.id("currentPassword"), temporary);
		type(By.id("newPassword"), "CongAn2025moi");
		type(By.id("confirmPassword"), "CongAn2025moi");
		click(By.id("change-password"));
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !driver.findElements(By.id("bell-badge")).isEmpty());
		assertThat(count("nav.navbar")).isEqualTo(1);
		assertThat(count("#bell-badge")).isEqualTo(1);
	}

	/**
	 * The black-box probe's case over real HTTP, from another loopback address than the browser's: 30 failed
	 * sign-ins on 30 names, then the right password of a real account from the same address waits too.
	 */
	@Test
	void thirtyFailedSignInsOnThirtyNamesFromOneAddressAreThrottledOverHttp() throws Exception {
		HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER).build();
		String base = "http://127.0.0.2:" + this.port;
		String page = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
		assertThat(token.find()).isTrue();
		List<String> answers = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			answers.add(postSignIn(client, base, token.group(1), "tu-ngoai-" + i, "sai-mat-khau"));
		}
		assertThat(answers.subList(0, 20)).allMatch(location -> location.endsWith("/login?error"));
		assertThat(answers.subList(20, 30)).allMatch(location -> location.contains("/login?throttled="));
		assertThat(postSignIn(client, base, token.group(1), "congan", PASSWORD)).contains("/login?throttled=");
		String throttledPage = client.send(HttpRequest.newBuilder(URI.create(answers.get(29))).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		assertThat(throttledPage).contains("Vui lòng thử lại sau");
	}

	private static String postSignIn(HttpClient client, String base, String csrf, String username, String password)
			throws Exception {
		String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
		HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
		String location = response.headers().firstValue("Location").orElse("");
		return location.startsWith("/") ? base + location : location;
	}

	private void passwordStep(String username, String password) {
		driver.manage().deleteAllCookies();
		open("/login");
		type(By.id("username"), username);
		type(By.id("password"), password);
		click(By.id("login-submit"));
	}

	private void waitForUrl(String path) {
		new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().endsWith(path));
	}

	// the badge's request has come back and htmx has finished with it (no request, swap or settle in progress)
	private void waitUntilBadgeAnswered() {
		new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> badgeRequests() >= 1 && (Boolean) js().executeScript(
				"return document.querySelectorAll('.htmx-request, .htmx-swapping, .htmx-settling').length === 0"));
	}

	private long badgeRequests() {
		return (Long) js().executeScript("return performance.getEntriesByType('resource')"
				+ ".filter(e => e.name.includes('/notifications/badge')).length");
	}

	private long count(String selector) {
		return (Long) js().executeScript("return document.querySelectorAll(arguments[0]).length", selector);
	}

	private static JavascriptExecutor js() {
		return (JavascriptExecutor) driver;
	}

}
