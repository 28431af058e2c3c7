package vn.atgt.thidua.account;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** AES-256-GCM of the TOTP secrets (ADR 0161): nothing of the secret in the stored value, bound to its account. */
class TotpSecretCipherTests {

	static final String KEY = "q0m9Y3b1mZ8wYq6c0x2l3n4p5r6s7t8u9v0w1x2y3z4=";

	final TotpSecretCipher cipher = new TotpSecretCipher(KEY);

	@Test
	void aSealedSecretOpensWithItsAccountAndKeyOnly() {
		String secret = Totp.newSecret();
		String stored = this.cipher.seal(7L, secret);

		assertThat(stored).startsWith("v1:").doesNotContain(secret).doesNotContain(secret.substring(0, 8));
		assertThat(stored.length()).isLessThanOrEqualTo(200);
		assertThat(this.cipher.seal(7L, secret)).as("a fresh nonce each time").isNotEqualTo(stored);
		assertThat(this.cipher.open(7L, stored)).isEqualTo(secret);
		assertThatThrownBy(() -> this.cipher.open(8L, stored)).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> new TotpSecretCipher("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=").open(7L, stored))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void aValueStoredBeforeEncryptionIsReadAsItIs() {
		assertThat(this.cipher.open(7L, "JBSWY3DPEHPK3PXP")).isEqualTo("JBSWY3DPEHPK3PXP");
	}

	@Test
	void theKeyMustBeSetAndThirtyTwoBytes() {
		assertThatThrownBy(() -> new TotpSecretCipher("")).hasMessageContaining("APP_SECURITY_TOTP_ENCRYPTION_KEY");
		assertThatThrownBy(() -> new TotpSecretCipher("c2hvcnQ=")).hasMessageContaining("32 bytes");
	}

}
