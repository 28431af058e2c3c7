package vn.atgt.thidua.subplan;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.test.context.bean.override.convention.TestBean;

import vn.atgt.thidua.demo.DemoDataLoader;
import vn.atgt.thidua.shared.time.VnDates;
import vn.atgt.thidua.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sở Thông tin và Truyền thông files its 2024 sub-plan with the signed scan; the office returns it with reasons;
 * the agency corrects and resubmits; the office sees what changed and accepts; the board shows it accepted and on
 * time. The application clock is fixed at 20/6/2024 09:00 (before the 30/6 due date of the demo 2024 plan).
 */
class SubPlanJourneyIT extends BrowserTest {

	@TestBean
	Clock clock;

	static Clock clock() {
		return Clock.fixed(ZonedDateTime.of(2024, 6, 20, 9, 0, 0, 0, VnDates.ZONE).toInstant(), VnDates.ZONE);
	}

	private void waitForText(By by, String expected) {
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.textToBe(by, expected));
		assertThat(text(by)).isEqualTo(expected);
	}

	private void clickAt(By by) {
		org.openqa.selenium.WebElement element = find(by);
		((org.openqa.selenium.JavascriptExecutor) driver)
			.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
		try {
			element.click();
		}
		catch (org.openqa.selenium.ElementClickInterceptedException ex) {
			screenshot("subplan-intercepted");
			((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].click();", element);
		}
	}

	@Test
	void agencyFilesOfficeReturnsAgencyCorrectsOfficeAccepts() throws Exception {
		signIn("sotttt", DemoDataLoader.DEMO_PASSWORD);
		open("/subplans");
		clickAt(By.id("own-subplan-2024"));
		String subPlanUrl = driver.getCurrentUrl();
		type(By.name("numberSymbol"), "152/KH-STTTT");
		type(By.name("signerTitle"), "GIÁM ĐỐC");
		type(By.name("signerName"), "Nguyễn Quang Huy");
		type(By.name("purposes"), "Quán triệt chủ đề năm 2024 “Thượng tôn pháp luật để xây dựng văn hóa giao thông an toàn”.");
		type(By.name("items[0].content"), "Tuyên truyền Chỉ thị số 23-CT/TW trên báo chí và hệ thống thông tin cơ sở.");
		clickAt(By.cssSelector("label[for='item-0-group-6']"));
		type(By.name("items[0].unit"), "Phòng Thông tin – Báo chí – Xuất bản");
		type(By.name("items[0].timeline"), "Cả năm 2024");
		type(By.name("assignments[0].unit"), "Văn phòng Sở");
		type(By.name("assignments[0].duties"), "Tổng hợp, báo cáo kết quả thực hiện.");
		clickAt(By.id("save-draft"));
		waitForText(By.id("subplan-status"), "Bản nháp");

		Path scan = Files.createTempFile("ke-hoach-ky", ".pdf");
		Files.write(scan, "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF".getBytes(StandardCharsets.US_ASCII));
		find(By.id("file")).sendKeys(scan.toAbsolutePath().toString());
		clickAt(By.id("upload"));
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(
				ExpectedConditions.textToBePresentInElementLocated(By.id("attachments"), scan.getFileName().toString()));
		clickAt(By.id("submit-subplan"));
		waitForText(By.id("subplan-status"), "Đã gửi");
		assertThat(text(By.id("subplan-timeliness"))).isEqualTo("Đúng hạn");
		screenshot("subplan-1-submitted");

		signIn("vanphong", DemoDataLoader.DEMO_PASSWORD);
		open("/subplans/review");
		clickAt(By.linkText("Sở Thông tin và Truyền thông"));
		String officeUrl = driver.getCurrentUrl();
		type(By.id("reasons"), "Đề nghị bổ sung nội dung tuyên truyền về phòng, chống tác hại của rượu, bia.");
		clickAt(By.id("return-subplan"));
		waitForText(By.id("subplan-status"), "Bị trả lại");

		signIn("sotttt", DemoDataLoader.DEMO_PASSWORD);
		driver.get(subPlanUrl);
		assertThat(text(By.id("return-reasons"))).contains("rượu, bia");
		type(By.name("items[0].content"),
				"Tuyên truyền Chỉ thị số 23-CT/TW và Luật Phòng, chống tác hại của rượu, bia trên báo chí và hệ thống thông tin cơ sở.");
		clickAt(By.id("submit-subplan"));
		waitForText(By.id("subplan-status"), "Đã gửi");
		assertThat(text(By.id("versions"))).contains("Lần 2");

		signIn("vanphong", DemoDataLoader.DEMO_PASSWORD);
		driver.get(officeUrl);
		assertThat(text(By.id("version-diff"))).contains("Nội dung 1").contains("Luật Phòng, chống tác hại");
		screenshot("subplan-2-diff");
		clickAt(By.id("accept-subplan"));
		waitForText(By.id("subplan-status"), "Đã tiếp nhận");

		open("/subplans");
		clickAt(By.id("board-2024"));
		screenshot("subplan-3-board");
		String boardUrl = driver.getCurrentUrl();
		driver.get(boardUrl + "?state=ACCEPTED");
		String row = find(By.xpath("//tr[td/a[text()='Sở Thông tin và Truyền thông']]")).getText();
		assertThat(row).contains("Đã tiếp nhận").contains("Đúng hạn");
		driver.get(boardUrl + "?state=LATE");
		assertThat(text(By.id("board-table"))).contains("Sở Xây dựng").contains("Chậm 3 ngày");
		screenshot("subplan-4-board-late");
	}

}
