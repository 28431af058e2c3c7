package vn.atgt.thidua.account;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

/** The password rule (at least 10 characters, with letters and digits) and one-time temporary passwords. */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 10;

	/** BCrypt reads 72 bytes: a longer password would be refused by the encoder (or silently cut by older ones). */
	public static final int MAX_BYTES = 72;

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	private PasswordPolicy() {
	}

	public static boolean accepts(String password) {
		return password != null && password.length() >= MIN_LENGTH && !tooLong(password) && password.chars().anyMatch(Character::isLetter)
				&& password.chars().anyMatch(Character::isDigit);
	}

	/** More than {@link #MAX_BYTES} bytes in UTF-8 (a Vietnamese letter takes two or three). */
	public static boolean tooLong(String password) {
		return password != null && password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES;
	}

	/** A random 14-character password that satisfies the policy. */
	public static String temporary() {
		StringBuilder password = new StringBuilder();
		while (!accepts(password.toString())) {
			password.setLength(0);
			for (int i = 0; i < 14; i++) {
				password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
			}
		}
		return password.toString();
	}

}
