package vn.atgt.thidua.shared.config;

import org.junit.jupiter.api.Test;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.mock.env.MockEnvironment;

import vn.atgt.thidua.ThiDuaApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Production refuses to start without its settings or with a default password, and says why. */
class ProductionSafetyCheckTests {

	@Test
	void namesEveryMissingSetting() {
		assertThat(ProductionSafetyCheck.problems(new MockEnvironment())).containsExactly(
				"SPRING_DATASOURCE_URL chưa được đặt (is not set)", "SPRING_DATASOURCE_USERNAME chưa được đặt (is not set)",
				"SPRING_DATASOURCE_PASSWORD chưa được đặt (is not set)",
				"APP_ADMIN_USERNAME chưa được đặt: cần ở lần khởi động đầu tiên, khi cơ sở dữ liệu chưa có tài khoản "
						+ "(is not set: needed at the first start, to create the first administrator)",
				"APP_ADMIN_PASSWORD chưa được đặt: cần ở lần khởi động đầu tiên, khi cơ sở dữ liệu chưa có tài khoản "
						+ "(is not set: needed at the first start, to create the first administrator)",
				"APP_SECURITY_TOTP_ENCRYPTION_KEY chưa được đặt: khoá mã hoá bí mật TOTP, 32 byte ngẫu nhiên dạng "
						+ "Base64, tạo bằng openssl rand -base64 32 (is not set: the key that encrypts TOTP secrets)");
	}

	@Test
	void theTotpKeyMustBeThirtyTwoBytesAndNotTheDevelopmentKey() {
		assertThat(ProductionSafetyCheck.problems(database().withProperty("app.security.totp-encryption-key", "ngan")))
			.containsExactly("APP_SECURITY_TOTP_ENCRYPTION_KEY phải là 32 byte dạng Base64 (must be 32 bytes in "
					+ "Base64: openssl rand -base64 32)");
		assertThat(ProductionSafetyCheck.problems(database().withProperty("app.security.totp-encryption-key",
				ProductionSafetyCheck.DEVELOPMENT_TOTP_KEY)))
			.containsExactly("APP_SECURITY_TOTP_ENCRYPTION_KEY là khoá mẫu công khai của bản thử (is the published "
					+ "development key)");
		assertThat(ProductionSafetyCheck.problems(database().withProperty("app.security.totp-encryption-key", KEY)))
			.isEmpty();
	}

	static final String KEY = "q0m9Y3b1mZ8wYq6c0x2l3n4p5r6s7t8u9v0w1x2y3z4=";

	private static MockEnvironment database() {
		return new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/x")
			.withProperty("spring.datasource.username", "thidua")
			.withProperty("spring.datasource.password", "x7#Kq9!mZ2vR");
	}

	@Test
	void withADatabaseTheFirstAdministratorIsLeftToTheFirstStart() {
		MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/x")
			.withProperty("spring.datasource.username", "thidua")
			.withProperty("spring.datasource.password", "x7#Kq9!mZ2vR")
			.withProperty("app.security.totp-encryption-key", KEY);
		assertThat(ProductionSafetyCheck.problems(environment)).isEmpty();
	}

	@Test
	void withNoProfileTheApplicationIsProductionAndRefusesWithoutDatabase() {
		assertThatThrownBy(() -> new SpringApplicationBuilder(ThiDuaApplication.class).web(WebApplicationType.NONE)
			.properties("spring.datasource.url=", "spring.main.banner-mode=off")
			.run())
			.isInstanceOf(InsecureConfigurationException.class)
			.hasMessageContaining("SPRING_DATASOURCE_URL")
			.hasMessageContaining("SPRING_DATASOURCE_USERNAME")
			.hasMessageContaining("APP_ADMIN_PASSWORD")
			.hasMessageContaining("APP_SECURITY_TOTP_ENCRYPTION_KEY");
	}

	@Test
	void refusesKnownDefaultAndShortPasswords() {
		MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/x")
			.withProperty("spring.datasource.username", "thidua")
			.withProperty("spring.datasource.password", "postgres")
			.withProperty("app.bootstrap-admin.password", "admin");
		assertThat(ProductionSafetyCheck.problems(environment)).contains(
				"SPRING_DATASOURCE_PASSWORD là mật khẩu mặc định, dễ đoán (is a known default password)",
				"APP_ADMIN_PASSWORD là mật khẩu mặc định, dễ đoán (is a known default password)",
				"APP_ADMIN_PASSWORD phải có ít nhất 12 ký tự (must be at least 12 characters)");
	}

	@Test
	void acceptsStrongSettings() {
		MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/x")
			.withProperty("spring.datasource.username", "thidua")
			.withProperty("spring.datasource.password", "x7#Kq9!mZ2vR")
			.withProperty("app.bootstrap-admin.password", "Lang-Son-2026-an-toan")
			.withProperty("app.security.totp-encryption-key", KEY);
		assertThat(ProductionSafetyCheck.problems(environment)).isEmpty();
	}

	@Test
	void applicationDoesNotStartWithProdProfileAndNoDatabase() {
		assertThatThrownBy(() -> new SpringApplicationBuilder(ThiDuaApplication.class).profiles("prod")
			.web(WebApplicationType.NONE)
			.properties("spring.profiles.default=none", "spring.datasource.url=", "spring.main.banner-mode=off")
			.run())
			.isInstanceOf(InsecureConfigurationException.class)
			.hasMessageContaining("SPRING_DATASOURCE_URL");
	}

	@Test
	void failureAnalysisTellsWhatToSet() {
		var analysis = new InsecureConfigurationFailureAnalyzer()
			.analyze(new InsecureConfigurationException(java.util.List.of("SPRING_DATASOURCE_URL chưa được đặt (is not set)")));
		assertThat(analysis.getDescription()).contains("SPRING_DATASOURCE_URL");
		assertThat(analysis.getAction()).contains("README");
	}

}
