package vn.atgt.thidua.account;

import java.security.SecureRandom;

/** The password rule (at least 10 characters, with letters and digits) and one-time temporary passwords. */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 10;

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	private PasswordPolicy() {
	}

	public static boolean accepts(String password) {
		return password != null && password.length() >= MIN_LENGTH && password.chars().anyMatch(Character::isLetter)
				&& password.chars().anyMatch(Character::isDigit);
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
