package vn.atgt.thidua.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.account.AccountEvents.RecoveryCodeUsed;
import vn.atgt.thidua.account.AccountEvents.SecondFactorEnrolled;
import vn.atgt.thidua.shared.events.Actor;
import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.shared.domain.InvalidStateException;
import vn.atgt.thidua.shared.domain.NotFoundException;

/** TOTP enrolment and the second step of a sign-in: a code from the authenticator or a one-time recovery code. */
@Service
@Transactional
public class SecondFactorService {

	static final String ISSUER = "Thi đua ATGT";

	static final int RECOVERY_CODES = 10;

	private static final String RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final UserAccountRepository accounts;

	private final RecoveryCodeRepository recoveryCodes;

	private final SignInThrottle throttle;

	private final SignInAttempts attempts;

	private final ApplicationEventPublisher events;

	private final TotpSecretCipher cipher;

	private final Clock clock;

	SecondFactorService(UserAccountRepository accounts, RecoveryCodeRepository recoveryCodes, SignInThrottle throttle,
			SignInAttempts attempts, ApplicationEventPublisher events, TotpSecretCipher cipher, Clock clock) {
		this.accounts = accounts;
		this.cipher = cipher;
		this.recoveryCodes = recoveryCodes;
		this.throttle = throttle;
		this.attempts = attempts;
		this.events = events;
		this.clock = clock;
	}

	/** A secret offered for enrolment and the URI its QR code carries; nothing is stored until a code proves it. */
	public record Enrolment(String secret, String uri) {
	}

	/** The outcome of a typed code: accepted, wrong, or throttled for some minutes. */
	public record Check(boolean accepted, long waitMinutes) {
	}

	public Enrolment offer(CurrentUser user, String secret) {
		String offered = secret == null ? Totp.newSecret() : secret;
		return new Enrolment(offered, Totp.uri(ISSUER, user.username(), offered));
	}

	/**
	 * Stores the secret once a code computed from it is accepted, and returns the new recovery codes (shown once).
	 * Returns an empty list when the code does not match.
	 */
	public List<String> enrol(CurrentUser user, String secret, String code) {
		UserAccount account = load(user.id());
		if (account.hasTotp()) {
			throw new InvalidStateException("mfa.error.alreadyEnrolled");
		}
		OptionalLong step = Totp.matchingStep(secret, code, this.clock.instant());
		if (step.isEmpty()) {
			return List.of();
		}
		account.enrolTotp(this.cipher.seal(account.getId(), secret), step.getAsLong(), this.clock.instant());
		List<String> codes = newRecoveryCodes(account.getId());
		this.events.publishEvent(new SecondFactorEnrolled(account.getId(), account.getUsername(), Actor.of(user),
				this.clock.instant()));
		return codes;
	}

	/** Checks a TOTP code (each accepted once) or an unused recovery code; failures count towards throttling. */
	public Check verify(CurrentUser user, String typed, String address) {
		String throttleName = "totp:" + user.username();
		long wait = this.throttle.minutesToWait(throttleName, address);
		if (wait > 0) {
			return new Check(false, wait);
		}
		UserAccount account = load(user.id());
		if (account.hasTotp() && (acceptTotp(account, typed) || acceptRecovery(account, user, typed))) {
			this.throttle.succeeded(throttleName, address);
			return new Check(true, 0);
		}
		this.attempts.failed(throttleName, user.username(), address, "auth.mfa-failure");
		return new Check(false, 0);
	}

	@Transactional(readOnly = true)
	public long unusedRecoveryCodes(CurrentUser user) {
		return this.recoveryCodes.countUnused(user.id());
	}

	/** The administrator's reset after a lost device (the caller checks who may, and ends the sessions). */
	void reset(UserAccount account) {
		account.resetTotp();
		this.recoveryCodes.deleteByAccount(account.getId());
	}

	private boolean acceptTotp(UserAccount account, String typed) {
		String secret = this.cipher.open(account.getId(), account.getTotpSecret());
		OptionalLong step = Totp.matchingStep(secret, typed, this.clock.instant());
		return step.isPresent() && account.acceptTotpStep(step.getAsLong());
	}

	private boolean acceptRecovery(UserAccount account, CurrentUser user, String typed) {
		String normalised = normalise(typed);
		if (normalised.length() != 10) {
			return false;
		}
		boolean used = this.recoveryCodes.use(account.getId(), hash(normalised), this.clock.instant()) == 1;
		if (used) {
			this.events.publishEvent(new RecoveryCodeUsed(account.getId(), account.getUsername(), Actor.of(user),
					this.clock.instant()));
		}
		return used;
	}

	private List<String> newRecoveryCodes(Long accountId) {
		this.recoveryCodes.deleteByAccount(accountId);
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < RECOVERY_CODES; i++) {
			StringBuilder code = new StringBuilder();
			for (int c = 0; c < 10; c++) {
				code.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
			}
			this.recoveryCodes.save(new RecoveryCode(accountId, hash(code.toString())));
			codes.add(code.substring(0, 5) + "-" + code.substring(5));
		}
		return codes;
	}

	static String normalise(String typed) {
		return typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
	}

	static String hash(String code) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
				.digest(code.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private UserAccount load(Long id) {
		return this.accounts.findWithRolesById(id).orElseThrow(() -> new NotFoundException(AccountService.RECORD, id));
	}

}
