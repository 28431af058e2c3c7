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

	private final Instant lockedUntil;

	private final boolean mustChangePassword;

	public AccountPrincipal(CurrentUser user, String passwordHash, boolean enabled, Instant lockedUntil,
			boolean mustChangePassword) {
		this.user = user;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
		this.lockedUntil = lockedUntil;
		this.mustChangePassword = mustChangePassword;
	}

	public CurrentUser user() {
		return this.user;
	}

	public boolean mustChangePassword() {
		return this.mustChangePassword;
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
	public boolean isAccountNonLocked() {
		return this.lockedUntil == null || this.lockedUntil.isBefore(Instant.now());
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
