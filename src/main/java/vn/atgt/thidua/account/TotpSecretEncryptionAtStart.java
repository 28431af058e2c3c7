package vn.atgt.thidua.account;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Encrypts the TOTP secrets stored in clear before ADR 0161, once, when the application starts (before it reports
 * ready). Each row is updated only if it still holds the clear value, so two instances starting together do it
 * once between them; an instance that reads a row not yet encrypted still uses it.
 */
@Component
class TotpSecretEncryptionAtStart implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(TotpSecretEncryptionAtStart.class);

	private final JdbcTemplate jdbc;

	private final TotpSecretCipher cipher;

	TotpSecretEncryptionAtStart(JdbcTemplate jdbc, TotpSecretCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	@Override
	public void run(ApplicationArguments args) {
		int encrypted = encryptClearSecrets();
		if (encrypted > 0) {
			log.info("TOTP secrets encrypted at rest: {}", encrypted);
		}
	}

	/** Encrypts every secret still in clear; returns how many rows this call changed. */
	int encryptClearSecrets() {
		record Clear(Long id, String secret) {
		}
		List<Clear> clear = this.jdbc.query(
				"select id, totp_secret from user_account where totp_secret is not null and totp_secret not like ?",
				(rs, n) -> new Clear(rs.getLong(1), rs.getString(2)), TotpSecretCipher.PREFIX + "%");
		int changed = 0;
		for (Clear row : clear) {
			changed += this.jdbc.update("update user_account set totp_secret = ? where id = ? and totp_secret = ?",
					this.cipher.seal(row.id(), row.secret()), row.id(), row.secret());
		}
		return changed;
	}

}
