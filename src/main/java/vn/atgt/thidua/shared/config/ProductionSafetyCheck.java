package vn.atgt.thidua.shared.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Refuses to start production before any bean is built when a required setting is missing or a password is a
 * known default, with one message that names each problem. {@code prod} is the default profile: a jar started with
 * no settings at all stops here instead of starting anything.
 */
@Component
@Profile("prod")
class ProductionSafetyCheck implements BeanFactoryPostProcessor, EnvironmentAware {

	static final Set<String> KNOWN_DEFAULT_PASSWORDS = Set.of("", "admin", "password", "postgres", "123456",
			"12345678", "changeme", "secret", "demo", "demo@123", "matkhau", "root", "thidua", "admin123",
			"password1", "qwerty");

	/** The key the demo and test profiles publish (ADR 0161): never a production key. */
	static final String DEVELOPMENT_TOTP_KEY = "dGhpZHVhLWRldi1vbmx5LW5vdC1hLXNlY3JldC1rZXk=";

	private Environment environment;

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		List<String> problems = problems(this.environment);
		if (!problems.isEmpty()) {
			throw new InsecureConfigurationException(problems);
		}
	}

	static List<String> problems(Environment environment) {
		List<String> problems = new ArrayList<>();
		require(environment, "spring.datasource.url", "SPRING_DATASOURCE_URL", problems);
		require(environment, "spring.datasource.username", "SPRING_DATASOURCE_USERNAME", problems);
		require(environment, "spring.datasource.password", "SPRING_DATASOURCE_PASSWORD", problems);
		rejectDefault(environment, "spring.datasource.password", "SPRING_DATASOURCE_PASSWORD", problems);
		if (!problems.isEmpty()) {
			// no database yet, so most likely a first start: name the first administrator's settings in the same message
			requireForFirstStart(environment, "app.bootstrap-admin.username", "APP_ADMIN_USERNAME", problems);
			requireForFirstStart(environment, "app.bootstrap-admin.password", "APP_ADMIN_PASSWORD", problems);
		}
		String adminPassword = environment.getProperty("app.bootstrap-admin.password", "");
		if (!adminPassword.isEmpty()) {
			rejectDefault(environment, "app.bootstrap-admin.password", "APP_ADMIN_PASSWORD", problems);
			if (adminPassword.length() < 12) {
				problems.add("APP_ADMIN_PASSWORD phải có ít nhất 12 ký tự (must be at least 12 characters)");
			}
		}
		totpKey(environment, problems);
		return problems;
	}

	/** The key of the TOTP secrets: set, 32 bytes in Base64, and not the published development key. */
	private static void totpKey(Environment environment, List<String> problems) {
		String key = environment.getProperty("app.security.totp-encryption-key", "").strip();
		if (key.isEmpty()) {
			problems.add("APP_SECURITY_TOTP_ENCRYPTION_KEY chưa được đặt: khoá mã hoá bí mật TOTP, 32 byte ngẫu nhiên "
					+ "dạng Base64, tạo bằng openssl rand -base64 32 (is not set: the key that encrypts TOTP secrets)");
			return;
		}
		byte[] bytes;
		try {
			bytes = java.util.Base64.getDecoder().decode(key);
		}
		catch (IllegalArgumentException ex) {
			bytes = new byte[0];
		}
		if (bytes.length != 32) {
			problems.add("APP_SECURITY_TOTP_ENCRYPTION_KEY phải là 32 byte dạng Base64 (must be 32 bytes in Base64: "
					+ "openssl rand -base64 32)");
		}
		else if (key.equals(DEVELOPMENT_TOTP_KEY)) {
			problems.add("APP_SECURITY_TOTP_ENCRYPTION_KEY là khoá mẫu công khai của bản thử (is the published "
					+ "development key)");
		}
	}

	private static void require(Environment environment, String property, String variable, List<String> problems) {
		String value = environment.getProperty(property);
		if (value == null || value.isBlank()) {
			problems.add(variable + " chưa được đặt (is not set)");
		}
	}

	private static void requireForFirstStart(Environment environment, String property, String variable,
			List<String> problems) {
		String value = environment.getProperty(property);
		if (value == null || value.isBlank()) {
			problems.add(variable + " chưa được đặt: cần ở lần khởi động đầu tiên, khi cơ sở dữ liệu chưa có tài khoản "
					+ "(is not set: needed at the first start, to create the first administrator)");
		}
	}

	private static void rejectDefault(Environment environment, String property, String variable,
			List<String> problems) {
		String value = environment.getProperty(property);
		if (value != null && !value.isBlank() && KNOWN_DEFAULT_PASSWORDS.contains(value.toLowerCase(Locale.ROOT))) {
			problems.add(variable + " là mật khẩu mặc định, dễ đoán (is a known default password)");
		}
	}

}
