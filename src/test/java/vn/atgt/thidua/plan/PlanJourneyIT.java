package vn.atgt.thidua.plan;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import vn.atgt.thidua.demo.DemoDataLoader;
import vn.atgt.thidua.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Chromium: the office drafts a plan with eight task groups, chooses participants and publishes it; an agency
 * user sees it and cannot open its edit page; an anonymous visitor reads the public page. Also checks the demo 2024
 * plan reads as in the seed.
 */
class PlanJourneyIT extends BrowserTest {

	static final String PASSWORD = DemoDataLoader.DEMO_PASSWORD;

	@Test
	void officePublishesPlanThatAgencySeesAndPublicReads() {
		signIn("vanphong", PASSWORD);
		open("/plans/new");
		for (int i = 1; i < 8; i++) {
			click(By.id("taskGroup-add"));
		}
		List<WebElement> groups = driver.findElements(By.cssSelector("textarea[name$='.content']"));
		assertThat(groups).hasSize(8);
		for (int i = 0; i < 8; i++) {
			type(By.name("taskGroups[" + i + "].content"), "Nhóm nhiệm vụ trọng tâm thứ " + (i + 1) + ": tuyên truyền, kiểm tra, xử lý vi phạm.");
		}
		// next year's plan: its deadlines lie ahead whatever day the journey runs (a past one is a warning, ADR 0201)
		type(By.name("year"), String.valueOf(java.time.LocalDate.now().getYear() + 1));
		type(By.name("title"), "Phát động phong trào thi đua bảo đảm trật tự, an toàn giao thông năm thử nghiệm");
		type(By.name("theme"), "Đường đến trường an toàn");
		type(By.name("signerName"), "Dương Công Vĩ");
		// the sections the pre-publication check requires (ADR 0170)
		type(By.name("legalBases"), "Quyết định số 186/QĐ-UBATGTQG ngày 06/6/2024 của Ủy ban An toàn giao thông Quốc gia");
		type(By.name("purposes"), "Kéo giảm tai nạn giao thông trên cả ba tiêu chí.");
		type(By.name("requirements"), "Phong trào thi đua phải thực chất, hiệu quả.");
		type(By.name("agencyDuties"), "Xây dựng kế hoạch thực hiện và gửi về Văn phòng Ban ATGT tỉnh.");
		click(By.id("save-plan"));
		screenshot("plan-saved");
		assertThat(text(By.id("plan-status"))).isEqualTo("Dự thảo");
		String planUrl = driver.getCurrentUrl();
		String planId = planUrl.substring(planUrl.lastIndexOf('/') + 1);

		find(By.id("choose-participants")).click();
		// a real click event on each "select this whole group" box (app.js ticks the group's agencies)
		driver.findElements(By.cssSelector("input[data-check-all]")).forEach(box ->
			((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].click();", box));
		assertThat(driver.findElements(By.cssSelector("input[name=agencyIds]:checked"))).hasSizeGreaterThan(20);
		click(By.id("save-participants"));
		find(By.id("publish-plan")).click();
		find(By.id("publish-submit")).click();
		assertThat(text(By.id("plan-status"))).isEqualTo("Đã ban hành");
		assertThat(text(By.id("plan-number"))).matches("\\d+/KH-BATGT");
		assertThat(driver.findElements(By.cssSelector(".vn-task-group"))).hasSize(8);
		screenshot("plan-published");

		signIn("congan", PASSWORD);
		open("/plans");
		assertThat(text(By.id("plans-table"))).contains("năm thử nghiệm");
		open("/plans/" + planId);
		assertThat(driver.getPageSource()).contains("Nhóm nhiệm vụ trọng tâm thứ 8");
		assertThat(driver.findElements(By.id("edit-plan"))).isEmpty();
		open("/plans/" + planId + "/edit");
		assertThat(text(By.tagName("h1"))).isEqualTo("Không có quyền truy cập");

		driver.manage().deleteAllCookies();
		open("/public/plans/" + planId);
		assertThat(text(By.cssSelector(".vn-national-name"))).isEqualTo("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
		assertThat(text(By.cssSelector(".vn-doc-title"))).contains("năm thử nghiệm");
	}

	@Test
	void demoPlan2024ReadsAsTheSeed() {
		open("/public/plans");
		driver.findElement(By.linkText("Phát động phong trào thi đua bảo đảm trật tự, an toàn giao thông năm 2024")).click();
		assertThat(text(By.cssSelector(".vn-number"))).isEqualTo("Số: 12/KH-BATGT");
		assertThat(text(By.cssSelector(".vn-place-date"))).isEqualTo("Lạng Sơn, ngày 10 tháng 6 năm 2024");
		List<WebElement> groups = driver.findElements(By.cssSelector(".vn-task-group"));
		assertThat(groups).hasSize(8);
		assertThat(groups.get(7).getText()).startsWith("8. Nâng cao năng lực cứu hộ, cứu nạn");
		String page = find(By.cssSelector(".vn-document")).getText();
		assertThat(page).contains("chậm nhất ngày 30/6/2024", "đến hết ngày 31/12/2024", "KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN",
				"Dương Công Vĩ", "Lưu: VT.", "Thực hiện Quyết định số 186/QĐ-UBATGTQG ngày 06/6/2024");
		screenshot("plan-2024-public");
		open("/public/plans");
		screenshot("public-plans");
	}

}
