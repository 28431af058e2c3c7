package vn.atgt.thidua.plan;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import vn.atgt.thidua.demo.DemoDataLoader;
import vn.atgt.thidua.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Chromium (issue 14.1): the office copies the 2024 plan into 2025, opens the pre-publication check, sees the
 * warnings for the stale years and the stale deadline, fixes the deadline, publishes anyway and finds the override
 * in the audit log.
 */
class PlanCheckJourneyIT extends BrowserTest {

	@Test
	void copiedPlanIsPublishedOnlyWithARecordedOverride() {
		signIn("vanphong", DemoDataLoader.DEMO_PASSWORD);
		open("/plans");
		click(By.partialLinkText("an toàn giao thông năm 2024"));
		type(By.id("copy-year"), "2025");
		click(By.id("copy-plan"));
		String editUrl = driver.getCurrentUrl();
		String copyId = editUrl.replaceAll(".*/plans/(\\d+)/edit.*", "$1");

		open("/plans/" + copyId + "/publish");
		String warnings = text(By.id("check-warnings"));
		assertThat(warnings).contains("ghi năm 2023", "ghi ngày 30/6/2024, khác với «Hạn gửi kế hoạch thực hiện» là 30/6/2025",
				"Chỉ tiêu thứ 1 ghi so với năm 2023; năm trước của kế hoạch là 2024.");
		assertThat(driver.findElements(By.id("check-blocking"))).isEmpty();
		screenshot("plan-check-warnings");

		// the deadline warning links to its field; the clerk corrects the date there
		click(By.xpath("//li[contains(@class,'check-warning')][contains(.,'30/6/2024')]/a"));
		assertThat(driver.getCurrentUrl()).endsWith("/plans/" + copyId + "/edit#agencyDuties");
		String duties = find(By.name("agencyDuties")).getDomProperty("value");
		type(By.name("agencyDuties"), duties.replace("30/6/2024", "30/6/2025"));
		click(By.id("save-plan"));

		open("/plans/" + copyId + "/publish");
		assertThat(text(By.id("check-warnings"))).doesNotContain("30/6/2024").contains("ghi năm 2023");
		type(By.id("number"), "3");
		// issued within its year: a 2025 plan is not issued after it ended (nor after today)
		type(By.id("issueDate"), "15/06/2025");
		click(By.id("publish-submit"));
		assertThat(text(By.id("publishAnyway-error"))).contains("đánh dấu “vẫn ban hành”");
		assertThat(find(By.id("number")).getDomProperty("value")).isEqualTo("3");
		click(By.id("publishAnyway1"));
		click(By.id("publish-submit"));
		assertThat(text(By.id("plan-status"))).isEqualTo("Đã ban hành");
		assertThat(text(By.id("plan-number"))).isEqualTo("3/KH-BATGT");

		open("/audit?action=plan.publishAnyway");
		String audit = text(By.tagName("main"));
		assertThat(audit).contains("Ban hành kế hoạch dù còn cảnh báo", "3/KH-BATGT – ban hành dù còn", "ghi năm 2023")
			.doesNotContain("30/6/2024, khác với");
		screenshot("plan-check-audit");
	}

}
