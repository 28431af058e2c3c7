package vn.atgt.thidua.home;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.atgt.thidua.demo.DemoDataLoader;
import vn.atgt.thidua.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12 items 5, 8 and 9 in Chromium: the start page per role, breadcrumbs, confirmations naming what will
 * happen, a posted form that cannot be sent twice, dates typed and shown as dd/mm/yyyy in any browser language, and
 * the office's wide pages usable on a 390 px telephone without the page itself scrolling sideways.
 */
class ClerkPagesJourneyIT extends BrowserTest {

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void desktopAgain() {
		driver.manage().window().setSize(new Dimension(1280, 900));
	}

	private JavascriptExecutor js() {
		return (JavascriptExecutor) driver;
	}

	private Long id(String sql) {
		return this.jdbc.queryForObject(sql, Long.class);
	}

	@Test
	void theAgencyStartsFromWhatItHasToDoAndDeepPagesShowTheWayBack() {
		signIn("congan", DemoDataLoader.DEMO_PASSWORD);
		open("/");
		assertThat(text(By.id("todo-agency"))).contains("12/KH-BATGT ngày", "Kế hoạch thực hiện", "Báo cáo tổng kết");
		screenshot("home-agency");
		signIn("vanphong", DemoDataLoader.DEMO_PASSWORD);
		open("/");
		assertThat(text(By.id("todo-office-counts"))).contains("kế hoạch thực hiện chờ duyệt");
		screenshot("home-office");
		Long plan = id("select id from plan where status = 'PUBLISHED' and year = 2024 order by id limit 1");
		open("/plans/" + plan + "/board");
		String crumbs = text(By.id("breadcrumbs"));
		assertThat(crumbs).contains("Trang chủ", "Kế hoạch", "Theo dõi kế hoạch thực hiện");
		click(By.cssSelector("#breadcrumbs a[href='/plans/" + plan + "']"));
		assertThat(driver.getCurrentUrl()).endsWith("/plans/" + plan);
	}

	@Test
	void anIrreversibleActionSaysWhatWillHappenAndIsNotSentTwice() {
		signIn("vanphong", DemoDataLoader.DEMO_PASSWORD);
		Long dossier = id("select min(id) from dossier where status = 'SUBMITTED'");
		open("/nominations/" + dossier);
		// the clerk answers "Cancel": the confirmation named what happens, and nothing was sent
		js().executeScript("window.confirmed = []; window.confirm = function (m) { window.confirmed.push(m); return false; };");
		// in the middle of the window first: the dossier page has grown (history, confirmations) past the fold
		js().executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});",
				find(By.id("receive-dossier")));
		find(By.id("receive-dossier")).click();
		assertThat(js().executeScript("return window.confirmed[0];")).asString()
			.contains("Tiếp nhận hồ sơ này?", "thời hạn thẩm định");
		assertThat(this.jdbc.queryForObject("select status from dossier where id = ?", String.class, dossier))
			.isEqualTo("SUBMITTED");
		// a posted form: once sent, its buttons are disabled and the pressed one says it is working
		open("/audit");
		// (sent into a hidden frame, so this page stays to be looked at)
		js().executeScript("""
				var sink = document.createElement('iframe'); sink.name = 'sink'; sink.hidden = true;
				document.body.appendChild(sink);
				var f = document.createElement('form'); f.method = 'post'; f.action = '/audit'; f.target = 'sink';
				var b = document.createElement('button'); b.type = 'submit'; b.id = 'probe-button';
				b.textContent = 'Gửi'; f.appendChild(b); document.getElementById('main').appendChild(f);""");
		js().executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();",
				find(By.id("probe-button")));
		new WebDriverWait(driver, Duration.ofSeconds(5))
			.until(d -> Boolean.TRUE.equals(js().executeScript("return document.getElementById('probe-button').disabled;")));
		assertThat(text(By.id("probe-button"))).isEqualTo("Đang xử lý…");
	}

	@Test
	void datesAreTypedAndShownDayFirstWhateverTheBrowserLanguage() {
		signIn("vanphong", DemoDataLoader.DEMO_PASSWORD);
		open("/audit");
		assertThat(find(By.id("from")).getDomAttribute("type")).isEqualTo("text");
		type(By.id("from"), "01/01/2024");
		type(By.id("to"), "31/12/2030");
		click(By.id("audit-search"));
		assertThat(find(By.id("from")).getDomProperty("value")).isEqualTo("01/01/2024");
		assertThat(find(By.id("to")).getDomProperty("value")).isEqualTo("31/12/2030");
		assertThat(driver.getPageSource()).doesNotContain("is-invalid\" id=\"from\"");
	}

	@Test
	void wideOfficePagesFitATelephoneScreen() {
		signIn("vanphong", DemoDataLoader.DEMO_PASSWORD);
		driver.manage().window().setSize(new Dimension(390, 844));
		Long plan = id("select id from plan where status = 'PUBLISHED' and year = 2024 order by id limit 1");
		List<String> pages = new ArrayList<>(List.of("/plans/" + plan + "/board", "/nominations/inbox",
				"/nominations/" + id("select min(id) from dossier where status <> 'DRAFT'"), "/nominations/submissions",
				"/audit", "/"));
		Long submission = this.jdbc.queryForObject("select min(id) from consolidated_submission", Long.class);
		if (submission != null) {
			pages.add("/nominations/submissions/" + submission);
		}
		List<String> overflowing = new ArrayList<>();
		for (String page : pages) {
			open(page);
			long width = (Long) js().executeScript("return document.scrollingElement.scrollWidth;");
			long client = (Long) js().executeScript("return document.scrollingElement.clientWidth;");
			if (width > client) {
				overflowing.add(page + ": " + width + " > " + client);
				screenshot("narrow-" + page.replaceAll("\\W+", "-"));
			}
		}
		assertThat(overflowing).isEmpty();
	}

}
