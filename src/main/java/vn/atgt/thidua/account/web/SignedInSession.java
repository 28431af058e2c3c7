package vn.atgt.thidua.account.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

import vn.atgt.thidua.shared.security.AccountPrincipal;
import vn.atgt.thidua.shared.security.SecondFactor;

/** Replaces the session's authentication after a password change or an accepted second factor. */
@Component
class SignedInSession {

	private static final SecurityContextRepository CONTEXTS = new HttpSessionSecurityContextRepository();

	private final SessionRegistry sessions;

	SignedInSession(SessionRegistry sessions) {
		this.sessions = sessions;
	}

	static AccountPrincipal principal() {
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		return current != null && current.getPrincipal() instanceof AccountPrincipal principal ? principal : null;
	}

	/** The same sign-in with an updated principal (no longer "must change password", or now enrolled). */
	static void update(AccountPrincipal updated, HttpServletRequest request, HttpServletResponse response) {
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		save(updated, new ArrayList<>(current.getAuthorities()), current, request, response);
	}

	/**
	 * Adds the TOTP factor to the sign-in, with a new session id: the session that passed the second step is not
	 * the one an attacker may have seen before it.
	 */
	void grantSecondFactor(AccountPrincipal updated, HttpServletRequest request, HttpServletResponse response) {
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		List<GrantedAuthority> authorities = new ArrayList<>(current.getAuthorities());
		authorities.removeIf(authority -> SecondFactor.TOTP_AUTHORITY.equals(authority.getAuthority()));
		authorities.add(FactorGrantedAuthority.fromAuthority(SecondFactor.TOTP_AUTHORITY));
		String newId = request.changeSessionId();
		// the container tells the registry of the new id; where nothing did, register it so the session can be ended
		if (this.sessions.getSessionInformation(newId) == null) {
			this.sessions.registerNewSession(newId, updated);
		}
		save(updated, authorities, current, request, response);
	}

	private static void save(AccountPrincipal principal, List<GrantedAuthority> authorities, Authentication current,
			HttpServletRequest request, HttpServletResponse response) {
		UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.authenticated(principal, null,
				authorities);
		token.setDetails(current.getDetails());
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(token);
		SecurityContextHolder.setContext(context);
		CONTEXTS.saveContext(context, request, response);
	}

}
