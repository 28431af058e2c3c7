package vn.atgt.thidua.shared.security;

import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.security.core.Authentication;

/**
 * Which sign-ins need a TOTP code besides the password (ADR 0131): every account with one of
 * {@code app.security.mfa.required-roles} (production: OFFICE and ADMIN), and every account that enrolled an
 * authenticator of its own accord.
 */
@ConfigurationProperties("app.security.mfa")
public record SecondFactor(@DefaultValue({ "OFFICE", "ADMIN" }) Set<Role> requiredRoles) {

	/** The factor authority granted once a TOTP or recovery code has been accepted in this session. */
	public static final String TOTP_AUTHORITY = "FACTOR_TOTP";

	/** Where the code is asked for (or the authenticator enrolled, when the account has none yet). */
	public static final String PAGE = "/login/totp";

	public SecondFactor {
		requiredRoles = requiredRoles == null ? Set.of() : Set.copyOf(requiredRoles);
	}

	public boolean requiredFor(Set<Role> roles) {
		return roles.stream().anyMatch(this.requiredRoles::contains);
	}

	/** True when this authentication must also carry {@link #TOTP_AUTHORITY} to reach any signed-in page. */
	public boolean requiredFor(Authentication authentication) {
		return authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal
				&& (principal.totpEnrolled() || requiredFor(principal.user().roles()));
	}

	public static boolean satisfiedBy(Authentication authentication) {
		return authentication != null && authentication.getAuthorities().stream()
			.anyMatch(authority -> TOTP_AUTHORITY.equals(authority.getAuthority()));
	}

}
