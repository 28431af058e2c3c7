package vn.atgt.thidua.plan;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;

import vn.atgt.thidua.account.UserAccountRepository;
import vn.atgt.thidua.agency.AgencyRepository;
import vn.atgt.thidua.demo.DemoDataLoader;
import vn.atgt.thidua.subplan.SubPlanRepository;
import vn.atgt.thidua.support.BrowserTest;
import vn.atgt.thidua.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Chromium (issue 12 item 4): rows of the plan form and of the sub-plan form are added, moved and removed in place.
 * The page is not reloaded (a mark left on the window survives), the window stays down in the form, the focus goes to
 * the new or moved row, what was typed stays, and the rows are saved with the form.
 */
class RepeatingRowsJourneyIT extends BrowserTest {

	@Autowired
	TestData testData;

	@Autowired
	AgencyRepository agencies;

	@Autowired
	UserAccountRepository accounts;

	@Autowired
	SubPlanRepository subPlans;

	@Test
	void planTaskGroupsChangeInPlace() {
		signIn("vanphong", DemoDataLoader.DEMO_PASSWORD);
		open("/plans/new");
		type(By.name("taskGroups[0].content"), "Nhóm thứ nhất đã gõ");
		markWindow();
		click(By.id("taskGroup-add"));
		assertThat(windowMarked()).as("the page was not reloaded").isTrue();
		assertThat(scrollY()).as("the window stays down in the form").isGreaterThan(300);
		assertThat(focusedId()).isEqualTo("taskGroups1.title");
		assertThat(find(By.name("taskGroups[0].content")).getAttribute("value")).isEqualTo("Nhóm thứ nhất đã gõ");
		type(By.name("taskGroups[1].content"), "Nhóm thứ hai đã gõ");

		click(By.id("taskGroup-1-up"));
		assertThat(windowMarked()).isTrue();
		assertThat(contents("taskGroups")).containsExactly("Nhóm thứ hai đã gõ", "Nhóm thứ nhất đã gõ");
		assertThat(focusedId()).isEqualTo("taskGroup-0-down");

		click(By.id("taskGroup-0-remove"));
		assertThat(windowMarked()).isTrue();
		assertThat(contents("taskGroups")).containsExactly("Nhóm thứ nhất đã gõ");
		assertThat(focusedId()).isEqualTo("taskGroups0.title");
		screenshot("rows-plan-in-place");
	}

	@Test
	void subPlanItemsAndUnitsGrowInPlaceAndAreSavedWithTheForm() {
		var account = this.accounts.findWithRolesByUsername("sotttt").orElseThrow();
		var agency = this.agencies.findById(account.getAgencyId()).orElseThrow();
		Long plan = this.testData.publishedPlan(2031 + (int) (Math.random() * 60), List.of(agency));
		signIn("sotttt", DemoDataLoader.DEMO_PASSWORD);
		open("/plans/" + plan + "/subplan");
		assertThat(driver.findElements(By.cssSelector(".item-row"))).hasSize(1);
		type(By.name("items[0].content"), "Tuyên truyền Chỉ thị số 23-CT/TW.");
		markWindow();
		click(By.id("item-add"));
		assertThat(windowMarked()).isTrue();
		assertThat(driver.findElements(By.cssSelector(".item-row"))).hasSize(2);
		assertThat(focusedId()).isEqualTo("items1.content");
		type(By.name("items[1].content"), "Kiểm tra, xử lý vi phạm.");
		click(By.id("assignment-add"));
		assertThat(driver.findElements(By.cssSelector(".assignment-row"))).hasSize(2);
		type(By.name("assignments[0].unit"), "Văn phòng Sở");
		type(By.name("assignments[1].unit"), "Phòng Thông tin – Báo chí – Xuất bản");
		click(By.id("assignment-0-down"));
		assertThat(windowMarked()).isTrue();
		screenshot("rows-subplan-in-place");

		click(By.id("save-draft"));
		var saved = this.subPlans.findByPlanIdAndAgencyId(plan, agency.getId()).orElseThrow();
		assertThat(saved.content().items()).extracting(i -> i.content())
			.containsExactly("Tuyên truyền Chỉ thị số 23-CT/TW.", "Kiểm tra, xử lý vi phạm.");
		assertThat(saved.content().assignments()).extracting(a -> a.unit())
			.containsExactly("Phòng Thông tin – Báo chí – Xuất bản", "Văn phòng Sở");
		// a saved sub-plan comes back with its rows and no blank one added
		assertThat(driver.findElements(By.cssSelector(".item-row"))).hasSize(2);
	}

	private List<String> contents(String rows) {
		return driver.findElements(By.cssSelector("textarea[name^='" + rows + "['][name$='.content']")).stream()
			.map(e -> e.getAttribute("value")).toList();
	}

	private void markWindow() {
		js().executeScript("window.rowsMark = 'still here';");
	}

	private boolean windowMarked() {
		return "still here".equals(js().executeScript("return window.rowsMark;"));
	}

	private long scrollY() {
		return ((Number) js().executeScript("return window.scrollY;")).longValue();
	}

	/** The focus is moved once htmx has settled the swapped rows. */
	private String focusedId() {
		new WebDriverWait(driver, java.time.Duration.ofSeconds(5))
			.until(d -> Boolean.TRUE.equals(js().executeScript("return document.querySelector('[data-focus]') === null;")));
		WebElement focused = driver.switchTo().activeElement();
		return focused.getAttribute("id");
	}

	private JavascriptExecutor js() {
		return (JavascriptExecutor) driver;
	}

}
