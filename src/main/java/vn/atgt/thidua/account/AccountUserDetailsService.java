package vn.atgt.thidua.account;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.shared.security.AccountPrincipal;

/** Loads accounts for sign-in. */
@Service
class AccountUserDetailsService implements UserDetailsService {

	private final UserAccountRepository accounts;

	AccountUserDetailsService(UserAccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		if (SignInThrottle.hasInvisibles(username)) { // "admin\u0000" is not "admin": the same answer as an unknown name
			throw new UsernameNotFoundException("unknown account");
		}
		UserAccount account = this.accounts.findWithRolesByUsername(username == null ? "" : username.strip())
			.orElseThrow(() -> new UsernameNotFoundException("unknown account"));
		return new AccountPrincipal(account.toCurrentUser(), account.getPasswordHash(), account.isEnabled(),
				account.isMustChangePassword(), account.hasTotp());
	}

}
