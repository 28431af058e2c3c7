package vn.atgt.thidua.account;

import java.util.EnumSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.audit.AuditLog;
import vn.atgt.thidua.shared.config.InsecureConfigurationException;
import vn.atgt.thidua.shared.security.Role;

/** Creates the first administrator of a production installation from the environment, once. */
@Component
@Profile("prod")
class BootstrapAdmin implements ApplicationRunner {

	@ConfigurationProperties("app.bootstrap-admin")
	record BootstrapAdminProperties(String username, String password, String email, String fullName) {
	}

	private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

	static final String RECORD = "UserAccount";

	private final UserAccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final BootstrapAdminProperties properties;

	private final AuditLog audit;

	BootstrapAdmin(UserAccountRepository accounts, PasswordEncoder passwordEncoder, BootstrapAdminProperties properties,
			AuditLog audit) {
		this.audit = audit;
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.properties = properties;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.accounts.count() > 0) {
			return;
		}
		if (isBlank(this.properties.username()) || isBlank(this.properties.password())) {
			throw new InsecureConfigurationException(java.util.List.of(
					"APP_ADMIN_USERNAME và APP_ADMIN_PASSWORD phải được đặt ở lần khởi động đầu tiên (no account exists yet)"));
		}
		UserAccount admin = this.accounts.save(new UserAccount(this.properties.username(), this.properties.fullName(),
				this.properties.email(), this.passwordEncoder.encode(this.properties.password()),
				EnumSet.of(Role.ADMIN, Role.OFFICE), null));
		this.audit.recordAnonymous("account.bootstrap", RECORD, admin.getId(), admin.getUsername() + " ADMIN");
		log.info("First administrator '{}' created", this.properties.username());
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

}
