package vn.atgt.thidua.report;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import vn.atgt.thidua.demo.DemoDataLoader;
import vn.atgt.thidua.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The police submit their year-end report with figures, the office accepts it and reads the targets dashboard. */
class ReportJourneyIT extends BrowserTest {

	@Test
	void policeSubmitTheirReportWithFiguresAndTheOfficeAcceptsIt() {
		// the demo report of the police is waiting: the office returns it for one more figure
		signIn("vanphong", DemoDataLoader.DEMO_PASSWORD);
		open("/reports");
		find(By.linkText("Công an tỉnh Lạng Sơn")).click();
		assertThat(text(By.id("report-figures"))).contains("giảm 16 vụ (-14,3%)", "giảm 7 người (-10,3%)");
		String planPath = find(By.id("plan-link")).getDomAttribute("href");
		type(By.id("reason"), "Đề nghị cập nhật số liệu đến hết ngày 14/12/2024.");
		press(By.id("report-return"));
		assertThat(text(By.id("report-status"))).isEqualTo("Trả lại");
		signOut();

		signIn("congan", DemoDataLoader.DEMO_PASSWORD);
		open(planPath + "/report");
		assertThat(text(By.id("return-reason"))).contains("Đề nghị cập nhật số liệu");
		assertThat(find(By.id("periodStart")).getDomProperty("value")).isEqualTo("15/12/2023");
		type(By.id("accidents"), "-1");
		press(By.id("report-submit"));
		assertThat(text(By.id("accidents-error"))).isNotEmpty();
		screenshot("report-form-error");
		type(By.id("accidents"), "95");
		type(By.id("deaths"), "60");
		press(By.id("report-submit"));
		assertThat(text(By.cssSelector(".alert-success"))).contains("Đã gửi báo cáo tổng kết");
		assertThat(text(By.id("report-status"))).isEqualTo("Đã gửi");
		assertThat(text(By.id("report-figures"))).contains("giảm 17 vụ (-15,2%)", "giảm 8 người (-11,8%)");
		screenshot("report-submitted");
		signOut();

		signIn("vanphong", DemoDataLoader.DEMO_PASSWORD);
		open("/reports");
		find(By.linkText("Công an tỉnh Lạng Sơn")).click();
		press(By.id("report-accept"));
		assertThat(text(By.cssSelector(".alert-success"))).contains("Đã tiếp nhận báo cáo.");
		assertThat(text(By.id("report-status"))).isEqualTo("Tiếp nhận");
		open(planPath + "/reports/consolidated");
		assertThat(text(By.id("group-results"))).contains("Công an tỉnh Lạng Sơn", "Tuần tra, kiểm soát");
		assertThat(text(By.id("missing-reports"))).contains("Ban ATGT huyện Lộc Bình", "Sở Y tế");
		screenshot("report-consolidated");
		open(planPath + "/targets");
		assertThat(text(By.id("targets-table"))).contains("Số vụ tai nạn giao thông", "Đạt");
		screenshot("report-targets");
	}

	private void press(By by) {
		((JavascriptExecutor) driver).executeScript("arguments[0].click();", find(by));
	}

}
