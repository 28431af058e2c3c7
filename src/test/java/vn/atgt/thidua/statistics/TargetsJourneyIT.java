package vn.atgt.thidua.statistics;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

import vn.atgt.thidua.demo.DemoDataLoader;
import vn.atgt.thidua.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The police enter a month's province-wide figures; the office reads the 2024 plan's targets dashboard. */
class TargetsJourneyIT extends BrowserTest {

	@Test
	void policeEnterFiguresAndOfficeSeesTheTargetsAttainment() {
		signIn("congan", DemoDataLoader.DEMO_PASSWORD);
		find(By.id("nav-fieldwork")).click();
		find(By.id("nav-statistics")).click();
		assertThat(text(By.id("figures-table"))).contains("Năm 2024", "giảm 4 vụ (-9,8%)");
		find(By.id("new-figures")).click();
		new Select(find(By.id("periodType"))).selectByValue("MONTH");
		type(By.id("periodYear"), "2024");
		type(By.id("periodNo"), "3");
		press(By.id("default-window"));
		assertThat(find(By.id("periodStart")).getAttribute("value")).isEqualTo("15/02/2024");
		assertThat(find(By.id("periodEnd")).getAttribute("value")).isEqualTo("14/03/2024");
		type(By.id("accidents"), "3");
		type(By.id("deaths"), "-3");
		type(By.id("injuries"), "1");
		type(By.id("prevAccidents"), "4");
		type(By.id("prevDeaths"), "3");
		type(By.id("prevInjuries"), "2");
		press(By.id("figures-submit"));
		assertThat(text(By.id("deaths-error"))).contains("Giá trị phải từ 0 trở lên.");
		screenshot("stats-form-error");
		type(By.id("deaths"), "2");
		press(By.id("figures-submit"));
		assertThat(text(By.cssSelector(".alert-success"))).contains("Đã lưu số liệu tai nạn giao thông.");
		assertThat(text(By.id("figures-table"))).contains("Tháng 3/2024", "15/2/2024 – 14/3/2024",
				"giảm 1 vụ (-25,0%), giảm 1 người chết (-33,3%), giảm 1 người bị thương (-50,0%)", "Giảm trên cả 3 tiêu chí");
		screenshot("stats-list");
		signOut();

		signIn("vanphong", DemoDataLoader.DEMO_PASSWORD);
		open("/plans");
		find(By.xpath("//table[@id='plans-table']//tr[td[1]='2024']//a")).click();
		find(By.id("targets-link")).click();
		String targets = text(By.id("targets-table"));
		assertThat(targets).contains("Số vụ tai nạn giao thông", "giảm 4 vụ (-9,8%)", "Đạt", "giảm 4 người (-10,8%)",
				"Vượt chỉ tiêu", "Đánh giá định tính");
		assertThat(text(By.id("year-change"))).contains("Giảm trên cả 3 tiêu chí");
		assertThat(text(By.id("chart-table"))).contains("Năm 2019", "6 tháng năm 2024");
		Object drawn = ((JavascriptExecutor) driver).executeScript(
				"return typeof Chart !== 'undefined' && Chart.getChart(document.getElementById('chart-yearly')) != null;");
		assertThat(drawn).isEqualTo(Boolean.TRUE);
		screenshot("stats-targets-dashboard");
	}

	private void press(By by) {
		var element = find(by);
		// the form is taller than the window: a script click is what a user's click after scrolling does
		((JavascriptExecutor) driver).executeScript("arguments[0].click();", element);
	}

}
