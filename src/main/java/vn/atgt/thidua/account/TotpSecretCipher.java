package vn.atgt.thidua.account;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts TOTP secrets at rest with AES-256-GCM (JDK crypto) under the key {@code app.security.totp-encryption-key}
 * (32 bytes, Base64), ADR 0161. A stored value is {@code v1:} + Base64(12-byte nonce ‖ ciphertext ‖ 16-byte tag);
 * the account id is the associated data, so a value copied to another account's row does not open.
 */
@Component
class TotpSecretCipher {

	static final String PREFIX = "v1:";

	private static final int NONCE = 12;

	private static final int TAG_BITS = 128;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SecretKey key;

	TotpSecretCipher(@Value("${app.security.totp-encryption-key:}") String key) {
		this.key = new SecretKeySpec(decodeKey(key), "AES");
	}

	/** The key's bytes; the production start-up check names a missing or malformed key before this runs. */
	static byte[] decodeKey(String key) {
		if (key == null || key.isBlank()) {
			throw new IllegalStateException("app.security.totp-encryption-key (APP_SECURITY_TOTP_ENCRYPTION_KEY) is not set");
		}
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(key.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("app.security.totp-encryption-key is not Base64", ex);
		}
		if (bytes.length != 32) {
			throw new IllegalStateException("app.security.totp-encryption-key must be 32 bytes (openssl rand -base64 32)");
		}
		return bytes;
	}

	String seal(Long accountId, String secret) {
		byte[] nonce = new byte[NONCE];
		RANDOM.nextBytes(nonce);
		try {
			Cipher cipher = cipher(Cipher.ENCRYPT_MODE, accountId, nonce);
			byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.US_ASCII));
			return PREFIX + Base64.getEncoder()
				.encodeToString(ByteBuffer.allocate(NONCE + sealed.length).put(nonce).put(sealed).array());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("TOTP secret could not be encrypted", ex);
		}
	}

	/** The secret of a stored value; a value stored before encryption (no prefix) is returned as it is. */
	String open(Long accountId, String stored) {
		if (stored == null || !isSealed(stored)) {
			return stored;
		}
		byte[] bytes = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
		try {
			Cipher cipher = cipher(Cipher.DECRYPT_MODE, accountId, java.util.Arrays.copyOf(bytes, NONCE));
			return new String(cipher.doFinal(bytes, NONCE, bytes.length - NONCE), StandardCharsets.US_ASCII);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("TOTP secret of account " + accountId
					+ " does not open with app.security.totp-encryption-key (another key, or another account's value)", ex);
		}
	}

	static boolean isSealed(String stored) {
		return stored.startsWith(PREFIX);
	}

	private Cipher cipher(int mode, Long accountId, byte[] nonce) throws GeneralSecurityException {
		Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
		cipher.init(mode, this.key, new GCMParameterSpec(TAG_BITS, nonce));
		cipher.updateAAD(("user_account:" + accountId).getBytes(StandardCharsets.US_ASCII));
		return cipher;
	}

}
