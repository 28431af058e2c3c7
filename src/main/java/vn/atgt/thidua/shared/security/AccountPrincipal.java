package vn.atgt.thidua.shared.security;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** What the security context holds for a signed-in account. */
public final class AccountPrincipal implements UserDetails, CredentialsContainer {

	private final CurrentUser user;

	private String passwordHash;

	private final boolean enabled;

	private final boolean mustChangePassword;

	private final boolean totpEnrolled;

	public AccountPrincipal(CurrentUser user, String passwordHash, boolean enabled, boolean mustChangePassword,
			boolean totpEnrolled) {
		this.user = user;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
		this.mustChangePassword = mustChangePassword;
		this.totpEnrolled = totpEnrolled;
	}

	/**
	 * The shape used before sign-in hardening (tests still build principals this way); there is no lock-out by
	 * time any more (ADR 0130), so {@code lockedUntil} is ignored.
	 */
	@Deprecated
	public AccountPrincipal(CurrentUser user, String passwordHash, boolean enabled, Instant lockedUntil,
			boolean mustChangePassword) {
		this(user, passwordHash, enabled, mustChangePassword, false);
	}

	public CurrentUser user() {
		return this.user;
	}

	public boolean mustChangePassword() {
		return this.mustChangePassword;
	}

	/** True once the account has a TOTP authenticator: its sign-ins then always ask for a code. */
	public boolean totpEnrolled() {
		return this.totpEnrolled;
	}

	/** The same principal after a password change or a TOTP enrolment. */
	public AccountPrincipal with(boolean mustChangePassword, boolean totpEnrolled) {
		return new AccountPrincipal(this.user, null, this.enabled, mustChangePassword, totpEnrolled);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		Set<GrantedAuthority> authorities = this.user.roles().stream()
			.map(role -> new SimpleGrantedAuthority(role.authority()))
			.collect(Collectors.toSet());
		return authorities;
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.user.username();
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	// sessions are found by principal in the SessionRegistry (to end them when an account is disabled)
	@Override
	public boolean equals(Object other) {
		return other instanceof AccountPrincipal that && this.user.id().equals(that.user.id());
	}

	@Override
	public int hashCode() {
		return this.user.id().hashCode();
	}

}
