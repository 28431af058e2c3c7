package vn.atgt.thidua.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import io.zonky.test.db.AutoConfigureEmbeddedDatabase;
import io.zonky.test.db.AutoConfigureEmbeddedDatabase.DatabaseProvider;
import io.zonky.test.db.AutoConfigureEmbeddedDatabase.DatabaseType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of the browser journeys: the whole application on a random port with the demo data (profile {@code demo})
 * on an embedded PostgreSQL, driven by a real headless Chromium through Selenium. Journeys are {@code *IT} classes
 * run by failsafe. Demo accounts use {@code DemoDataLoader.DEMO_PASSWORD}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureEmbeddedDatabase(type = DatabaseType.POSTGRES, provider = DatabaseProvider.ZONKY)
@ActiveProfiles({ "test", "demo" })
@Import(TestSupportConfiguration.class)
public abstract class BrowserTest {

	protected static WebDriver driver;

	@LocalServerPort
	protected int port;

	@BeforeAll
	static void startBrowser() {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(System.getProperty("chrome.binary", "/usr/bin/chromium"));
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-quic", "--window-size=1280,900", "--lang=vi");
		// confirmations of irreversible actions (data-confirm) are accepted, as the clerk who clicked meant to
		options.setUnhandledPromptBehaviour(org.openqa.selenium.UnexpectedAlertBehaviour.ACCEPT);
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(Path.of(System.getProperty("chrome.driver", "/usr/bin/chromedriver")).toFile())
			.build();
		driver = new ChromeDriver(service, options);
		driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
	}

	@AfterAll
	static void stopBrowser() {
		if (driver != null) {
			driver.quit();
			driver = null;
		}
	}

	@BeforeEach
	void signOutBetweenTests() {
		driver.manage().deleteAllCookies();
	}

	protected String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	protected void open(String path) {
		driver.get(url(path));
	}

	protected void signIn(String username, String password) {
		driver.manage().deleteAllCookies();
		open("/login");
		new WebDriverWait(driver, Duration.ofSeconds(10))
			.until(ExpectedConditions.presenceOfElementLocated(By.id("username")))
			.sendKeys(username);
		driver.findElement(By.id("password")).sendKeys(password);
		driver.findElement(By.id("login-submit")).click();
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
	}

	/** Signs out and waits for the sign-in page, so the next step never races the logout's own navigation. */
	protected void signOut() {
		driver.findElement(By.id("logout")).click();
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/login"));
	}

	/** Scrolls the element to the middle of the window first, so sticky bars never intercept the click. */
	protected void click(By by) {
		WebElement element = driver.findElement(by);
		var js = (org.openqa.selenium.JavascriptExecutor) driver;
		js.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
		boolean navigates = "submit".equals(element.getDomAttribute("type")) || "a".equals(element.getTagName());
		try {
			element.click();
		}
		catch (org.openqa.selenium.ElementClickInterceptedException ex) {
			js.executeScript("arguments[0].click();", element);
		}
		if (navigates) {
			waitUntilGone(element);
		}
	}

	/**
	 * Waits until the element's page has been replaced. Chromium reports a node of a page being torn down either as
	 * stale or as a generic "does not belong to the document" error: both mean the navigation happened.
	 */
	protected static void waitUntilGone(WebElement element) {
		new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
			try {
				element.isEnabled();
				return false;
			}
			catch (org.openqa.selenium.WebDriverException gone) {
				return true;
			}
		});
		new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> "complete"
			.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
	}

	protected WebElement find(By by) {
		return driver.findElement(by);
	}

	protected String text(By by) {
		return driver.findElement(by).getText();
	}

	protected void type(By by, String value) {
		WebElement element = driver.findElement(by);
		element.clear();
		element.sendKeys(value);
	}

	/** Keeps a screenshot under target/screenshots (look at them: diacritics, layout). */
	protected Path screenshot(String name) {
		try {
			Path dir = Path.of("target", "screenshots");
			Files.createDirectories(dir);
			Path file = dir.resolve(name + ".png");
			Files.write(file, ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
			return file;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
