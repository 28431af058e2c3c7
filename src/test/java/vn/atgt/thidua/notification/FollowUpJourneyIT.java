package vn.atgt.thidua.notification;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import vn.atgt.thidua.demo.DemoDataLoader;
import vn.atgt.thidua.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The administrator watches a reminder go out in the default run; the health department reads it under the bell. */
class FollowUpJourneyIT extends BrowserTest {

	@Test
	void aReminderGoesOutIsQueuedAsMailReadUnderTheBellAndLeavesATrace() {
		signIn("admin", DemoDataLoader.DEMO_PASSWORD);
		open("/admin/reminders");
		((JavascriptExecutor) driver).executeScript("document.getElementById('asOf').value = '2024-06-23'");
		find(By.id("run-reminders")).click();
		assertThat(text(By.cssSelector(".alert-success"))).contains("Đã gửi").contains("23/6/2024");
		assertThat(driver.findElements(By.cssSelector("#reminders-table .reminder-row"))).isNotEmpty();
		assertThat(text(By.id("reminders-table"))).contains("Sở Y tế").contains("Nhắc trước hạn");
		screenshot("issue6-reminders");

		open("/admin/outbox");
		assertThat(find(By.id("smtp-missing")).isDisplayed()).isTrue();
		assertThat(text(By.id("outbox-table"))).contains("Nhắc hạn: Kế hoạch thực hiện theo Kế hoạch 12/KH-BATGT");
		screenshot("issue6-outbox");

		open("/audit?action=reminder.");
		assertThat(text(By.id("audit-table"))).contains("Nhắc hạn trước hạn");
		screenshot("issue6-audit");

		signIn("soyte", DemoDataLoader.DEMO_PASSWORD);
		new WebDriverWait(driver, Duration.ofSeconds(10))
			.until(ExpectedConditions.presenceOfElementLocated(By.id("bell-badge")));
		assertThat(Integer.parseInt(text(By.id("bell-badge")))).isPositive();
		find(By.id("nav-bell")).click();
		assertThat(text(By.id("notification-list"))).contains("còn 7 ngày");
		screenshot("issue6-notifications");
		find(By.cssSelector("#notification-list .notification form button")).click();
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/subplan"));
		assertThat(driver.getCurrentUrl()).contains("/plans/").endsWith("/subplan");
		assertThat(find(By.id("subplan-status")).getText()).isNotBlank();
	}

}
