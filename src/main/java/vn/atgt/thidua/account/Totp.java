package vn.atgt.thidua.account;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import org.apache.commons.codec.binary.Base32;

/**
 * Time-based one-time passwords (RFC 6238: HMAC-SHA1, 6 digits, 30-second steps, what every authenticator app
 * reads from an {@code otpauth://} QR code). The codes themselves come from java-otp.
 */
public final class Totp {

	static final Duration STEP = TimeBasedOneTimePasswordGenerator.DEFAULT_TIME_STEP;

	// one step either side: a phone clock a little off, or a code typed as it changed
	private static final int DRIFT_STEPS = 1;

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final TimeBasedOneTimePasswordGenerator GENERATOR = new TimeBasedOneTimePasswordGenerator();

	private Totp() {
	}

	/** A new 160-bit secret in Base32, as authenticator apps expect it. */
	public static String newSecret() {
		byte[] bytes = new byte[20];
		RANDOM.nextBytes(bytes);
		return new Base32().encodeToString(bytes).replace("=", "");
	}

	/** The code for {@code secret} at {@code time} (used by the tests too, as an authenticator app would). */
	public static String code(String secret, Instant time) {
		try {
			return GENERATOR.generateOneTimePasswordString(key(secret), time, Locale.ROOT);
		}
		catch (InvalidKeyException ex) {
			throw new IllegalStateException("TOTP secret unusable", ex);
		}
	}

	/** The time step whose code {@code typed} is, within the allowed drift, or empty when it matches none. */
	static OptionalLong matchingStep(String secret, String typed, Instant now) {
		String code = typed == null ? "" : typed.replaceAll("\\s", "");
		if (!code.matches("\\d{6}")) {
			return OptionalLong.empty();
		}
		long current = now.getEpochSecond() / STEP.toSeconds();
		for (long step = current - DRIFT_STEPS; step <= current + DRIFT_STEPS; step++) {
			String expected = code(secret, Instant.ofEpochSecond(step * STEP.toSeconds()));
			if (MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
					code.getBytes(StandardCharsets.US_ASCII))) {
				return OptionalLong.of(step);
			}
		}
		return OptionalLong.empty();
	}

	/** The enrolment URI (Google Authenticator key URI format) that the QR code carries. */
	static String uri(String issuer, String account, String secret) {
		String label = encode(issuer) + ":" + encode(account);
		return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(issuer)
				+ "&algorithm=SHA1&digits=6&period=" + STEP.toSeconds();
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

	private static SecretKeySpec key(String secret) {
		return new SecretKeySpec(new Base32().decode(secret), GENERATOR.getAlgorithm());
	}

}
