package vn.atgt.thidua.account;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The throttle counts every spelling of one user name under one key, and a name with hidden characters is no one's. */
class SignInNameKeyTests {

	@Test
	void invisibleAndCaseVariantsOfANameShareOneThrottleKey() {
		for (String variant : new String[] { "locbinh", " LocBinh\t", "locbinh\u0000", "loc\u200Bbinh", "locbinh\u0001",
				"LOCBINH\u202E" }) {
			assertThat(SignInThrottle.key(variant)).as(variant).isEqualTo("locbinh");
		}
	}

	@Test
	void aNameWithAControlOrFormatCharacterBelongsToNoAccount() {
		assertThat(SignInThrottle.hasInvisibles("locbinh\u0000")).isTrue();
		assertThat(SignInThrottle.hasInvisibles("loc\u200Bbinh")).isTrue();
		assertThat(SignInThrottle.hasInvisibles(" locbinh\t")).isFalse();
		assertThat(SignInThrottle.hasInvisibles("Nguyễn")).isFalse();
	}

}
