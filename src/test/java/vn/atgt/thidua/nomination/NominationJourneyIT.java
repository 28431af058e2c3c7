package vn.atgt.thidua.nomination;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import vn.atgt.thidua.demo.DemoDataLoader;
import vn.atgt.thidua.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sở Xây dựng files a dossier (two collectives, three individuals) and records who confirmed each achievement
 * report (a day still to come refused next to the field); the office returns it for a wrong position and
 * the unsigned minutes; the agency corrects the nominee in place (a refused edit keeps what was typed), replaces the
 * minutes and resubmits; the office sees both changes; thamdinh2 gives opinions (the form starts with no verdict, a
 * "Không đạt" without reason is refused next to the field); the office appraises, forwards it in a consolidated
 * submission and records decision 163/QĐ-UBND; the public page lists the awardees.
 */
class NominationJourneyIT extends BrowserTest {

	static final String PASSWORD = DemoDataLoader.DEMO_PASSWORD;

	@Test
	void dossierFromFilingToPublicAwards() throws IOException {
		Path pdf = Files.createTempFile("ho-so", ".pdf");
		Files.writeString(pdf, "%PDF-1.4\n% journey\n%%EOF\n");

		signIn("soxaydung", PASSWORD);
		open("/nominations");
		press(By.id("open-dossier"));
		String dossierUrl = driver.getCurrentUrl();
		assertThat(dossierUrl).matches(".*/nominations/\\d+$");
		collective("Phòng Quản lý hạ tầng kỹ thuật");
		collective("Trung tâm Kiểm định xây dựng Lạng Sơn");
		individual("Nguyễn Thị Thu Hằng", "NU", "Trưởng phòng", "Phòng Quản lý hạ tầng kỹ thuật");
		individual("Hoàng Văn Bắc", "NAM", "Phó Giám đốc", "Trung tâm Kiểm định xây dựng");
		individual("Lăng Văn Đông", "NAM", "Chuyên viên", "Văn phòng Sở");
		for (int i = 1; i <= 5; i++) {
			find(By.id("report-file-" + i)).sendKeys(pdf.toString());
			press(By.id("upload-report-" + i));
		}
		// rule 5: each report confirmed at the agency; a day still to come is refused next to the field, typed kept
		assertThat(text(By.id("missing-items"))).contains("Báo cáo thành tích của Lăng Văn Đông chưa được xác nhận");
		press(By.id("confirm-report-1"));
		assertThat(text(By.id("report-form-code"))).contains("Mẫu số 02");
		type(By.id("confirmedBy"), "Vi Văn Hùng");
		type(By.id("position"), "Giám đốc Sở");
		type(By.id("confirmedOn"), "01/01/2999");
		press(By.id("save-confirmation"));
		assertThat(text(By.id("confirmedOn-error"))).contains("không được sau hôm nay");
		assertThat(find(By.id("confirmedBy")).getAttribute("value")).isEqualTo("Vi Văn Hùng");
		type(By.id("confirmedOn"), "25/11/2024");
		press(By.id("save-confirmation"));
		assertThat(text(By.id("confirmation-1"))).contains("Đã xác nhận: Vi Văn Hùng, Giám đốc Sở, 25/11/2024");
		for (int i = 2; i <= 5; i++) {
			press(By.id("confirm-report-" + i));
			type(By.id("confirmedBy"), "Vi Văn Hùng");
			type(By.id("position"), "Giám đốc Sở");
			type(By.id("confirmedOn"), "25/11/2024");
			press(By.id("save-confirmation"));
		}
		assertThat(text(By.id("confirmation-3"))).contains("Mẫu số 03");
		uploadPart("TO_TRINH", pdf);
		uploadPart("DANH_SACH", pdf);
		assertThat(text(By.id("missing-items"))).contains("Thiếu Biên bản họp Hội đồng Thi đua – Khen thưởng.")
			.doesNotContain("chưa được xác nhận");
		// the agency attaches an unsigned draft as its minutes and sends the dossier
		uploadPart("BIEN_BAN_HOP_HDTDKT", pdf);
		press(By.id("submit-dossier"));
		assertThat(text(By.id("dossier-status"))).isEqualTo("Đã gửi");
		screenshot("nomination-1-submitted");

		signIn("vanphong", PASSWORD);
		open("/nominations/inbox");
		assertThat(text(By.id("inbox-table"))).contains("Sở Xây dựng");
		press(By.cssSelector("#inbox-table a[href='" + path(dossierUrl) + "']"));
		type(By.id("missing-items-text"), "Chức vụ của bà Nguyễn Thị Thu Hằng ghi sai (Phó Trưởng phòng); thiếu Biên bản họp"
				+ " Hội đồng Thi đua – Khen thưởng (bản đã ký, đóng dấu).");
		press(By.id("return-dossier"));
		assertThat(text(By.id("dossier-status"))).isEqualTo("Trả lại để bổ sung");

		signIn("soxaydung", PASSWORD);
		driver.get(dossierUrl);
		assertThat(text(By.id("return-rounds"))).contains("bản đã ký, đóng dấu");
		press(By.id("edit-nominee-3"));
		assertThat(find(By.id("positionTitle")).getAttribute("value")).isEqualTo("Trưởng phòng");
		type(By.id("positionTitle"), "Phó Trưởng phòng");
		type(By.id("name"), "");
		press(By.id("save-nominee"));
		// refused next to the field, what was typed kept
		assertThat(text(By.cssSelector("#nominee-edit-form .invalid-feedback"))).isNotBlank();
		assertThat(find(By.id("positionTitle")).getAttribute("value")).isEqualTo("Phó Trưởng phòng");
		type(By.id("name"), "Nguyễn Thị Thu Hằng");
		press(By.id("save-nominee"));
		assertThat(text(By.id("nominee-3"))).contains("Phó Trưởng phòng");
		Path signed = Files.createTempFile("bien-ban-da-ky", ".pdf");
		Files.writeString(signed, "%PDF-1.4\n% signed minutes\n%%EOF\n");
		By minutes = By.xpath("//ul[@id='parts']/li[contains(., 'Biên bản họp')]");
		((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();",
				find(minutes).findElement(By.tagName("summary")));
		find(minutes).findElement(By.cssSelector("input[type=file]")).sendKeys(signed.toString());
		press(By.xpath("//ul[@id='parts']/li[contains(., 'Biên bản họp')]//button[starts-with(@id, 'replace-part-')]"));
		assertThat(text(By.id("parts"))).contains(signed.getFileName().toString());
		assertThat(driver.findElements(minutes)).hasSize(1);
		press(By.id("submit-dossier"));
		assertThat(text(By.id("dossier-status"))).isEqualTo("Đã gửi");
		screenshot("nomination-1b-corrected");

		signIn("vanphong", PASSWORD);
		driver.get(dossierUrl);
		// the office sees the corrected position and the signed minutes in place of the draft
		assertThat(text(By.id("nominee-3"))).contains("Phó Trưởng phòng");
		assertThat(text(By.id("parts"))).contains(signed.getFileName().toString());
		press(By.id("receive-dossier"));
		assertThat(text(By.id("days-left"))).contains("ngày làm việc");
		new Select(find(By.id("reviewer-select"))).selectByVisibleText("Đặng Thu Trang (thamdinh2)");
		press(By.id("assign-reviewer"));
		assertThat(text(By.id("assigned-reviewers"))).contains("Đặng Thu Trang");

		signIn("thamdinh2", PASSWORD);
		open("/nominations");
		press(By.cssSelector("#dossiers-table a[href='" + path(dossierUrl) + "']"));
		// nothing is chosen for the reviewer: passing everyone takes a choice per nominee
		assertThat(new Select(find(By.id("opinion-pass-1"))).getFirstSelectedOption().getAttribute("value")).isEmpty();
		type(By.id("opinion-reason-1"), "Thành tích tiêu biểu, đề nghị khen.");
		verdicts("opinion", 4);
		new Select(find(By.id("opinion-pass-5"))).selectByValue("false");
		press(By.id("record-opinions"));
		assertThat(text(By.id("opinion-reason-error-5"))).isEqualTo("Ghi lý do khi chọn \"Không đạt\".");
		assertThat(find(By.id("opinion-reason-1")).getAttribute("value")).isEqualTo("Thành tích tiêu biểu, đề nghị khen.");
		assertThat(new Select(find(By.id("opinion-pass-5"))).getFirstSelectedOption().getAttribute("value")).isEqualTo("false");
		type(By.id("opinion-reason-5"), "Thành tích chưa nổi bật so với tiêu chuẩn.");
		press(By.id("record-opinions"));
		assertThat(text(By.id("nominees"))).contains("Đặng Thu Trang: Không đạt");

		signIn("vanphong", PASSWORD);
		driver.get(dossierUrl);
		assertThat(text(By.id("nominees"))).contains("Đặng Thu Trang: Đạt – Thành tích tiêu biểu");
		verdicts("appraise", 4);
		new Select(find(By.id("appraise-pass-5"))).selectByValue("false");
		type(By.id("appraise-reason-5"), "Chưa đạt tiêu chuẩn Bằng khen.");
		press(By.id("appraise-dossier"));
		assertThat(text(By.id("dossier-status"))).isEqualTo("Đã thẩm định");
		// the dossier's own plan (as its page names it), whatever other plans another journey published
		String planLine = text(By.cssSelector("#dossier-plan"));
		open("/nominations/submissions");
		new Select(find(By.id("submission-plan"))).selectByVisibleText(planLine);
		press(By.id("create-submission"));
		assertThat(text(By.id("submission-rows"))).contains("Nguyễn Thị Thu Hằng").doesNotContain("Lăng Văn Đông");
		type(By.id("number"), "163/QĐ-UBND");
		((JavascriptExecutor) driver).executeScript("arguments[0].value = '2025-01-20';", find(By.id("date")));
		type(By.id("signer"), "Hồ Tiến Thiệu");
		press(By.id("record-decision"));
		assertThat(text(By.id("decision-summary"))).contains("163/QĐ-UBND").contains("20/1/2025");
		driver.get(dossierUrl);
		assertThat(text(By.id("dossier-status"))).isEqualTo("Đã có quyết định");
		signIn("soxaydung", PASSWORD);
		driver.get(dossierUrl);
		assertThat(text(By.id("dossier-decision"))).contains("163/QĐ-UBND");
		assertThat(text(By.id("nominees"))).contains("Được khen thưởng", "Không đạt");

		driver.manage().deleteAllCookies();
		open("/public/awards");
		String awards = text(By.id("public-awards"));
		assertThat(awards).contains("Phòng Quản lý hạ tầng kỹ thuật", "Trung tâm Kiểm định xây dựng Lạng Sơn",
				"Nguyễn Thị Thu Hằng", "Hoàng Văn Bắc", "163/QĐ-UBND").doesNotContain("Lăng Văn Đông");
		screenshot("nomination-2-public-awards");
	}

	/** Scrolls the element to the middle of the window, clicks it, and waits for the page it leads to. */
	private void press(By by) {
		JavascriptExecutor js = (JavascriptExecutor) driver;
		// the previous page may still be replacing itself: start from a complete document
		new WebDriverWait(driver, Duration.ofSeconds(20))
			.until(d -> "complete".equals(js.executeScript("return document.readyState")));
		var element = find(by);
		// Bootstrap's smooth scrolling would still be moving when the click lands
		js.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
		try {
			element.click();
		}
		catch (org.openqa.selenium.WebDriverException ex) {
			// the node was detached between finding and clicking: find it again in the current document
			element = find(by);
			js.executeScript("arguments[0].click();", element);
		}
		// every button here submits a form or follows a link: wait for the next page
		waitUntilGone(element);
	}

	/** "Đạt" for the first {@code count} nominees of a verdict form. */
	private void verdicts(String form, int count) {
		for (int i = 1; i <= count; i++) {
			new Select(find(By.id(form + "-pass-" + i))).selectByValue("true");
		}
	}

	private static String path(String url) {
		return url.substring(url.indexOf("/nominations/"));
	}

	private void collective(String name) {
		new Select(find(By.id("subjectType"))).selectByValue("COLLECTIVE");
		type(By.id("name"), name);
		type(By.id("achievement"), "Hoàn thành xuất sắc nhiệm vụ bảo đảm trật tự, an toàn giao thông năm 2024.");
		press(By.id("add-nominee"));
		assertThat(text(By.id("nominees"))).contains(name);
	}

	private void individual(String name, String sex, String position, String unit) {
		new Select(find(By.id("subjectType"))).selectByValue("INDIVIDUAL");
		type(By.id("name"), name);
		new Select(find(By.id("sex"))).selectByValue(sex);
		type(By.id("positionTitle"), position);
		type(By.id("unit"), unit);
		type(By.id("achievement"), "Có nhiều đóng góp trong kéo giảm tai nạn giao thông năm 2024.");
		press(By.id("add-nominee"));
		assertThat(text(By.id("nominees"))).contains(name);
	}

	private void uploadPart(String kind, Path file) {
		new Select(find(By.id("part-kind"))).selectByValue(kind);
		find(By.id("part-file")).sendKeys(file.toString());
		press(By.id("upload-part"));
	}

}
