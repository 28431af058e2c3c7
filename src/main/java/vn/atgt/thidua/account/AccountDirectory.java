package vn.atgt.thidua.account;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read access to accounts for other modules: whom to e-mail and whom to choose as a reviewer. Each answer is one
 * query over this module's own tables, which no other module names.
 */
@Service
@Transactional(readOnly = true)
public class AccountDirectory {

	private final JdbcClient jdbc;

	AccountDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** An enabled account as a chooser shows it. */
	public record AccountOption(Long id, String fullName, String username, Long agencyId) {
	}

	/** E-mail addresses of the enabled AGENCY accounts of an agency. */
	public List<String> agencyStaffEmails(Long agencyId) {
		return this.jdbc.sql("""
				select distinct u.email from user_account u join user_account_role r on r.account_id = u.id
				where u.agency_id = ? and r.role = 'AGENCY' and u.enabled and u.email <> ''
				""").param(agencyId).query(String.class).list();
	}

	/** E-mail addresses of the enabled OFFICE accounts. */
	public List<String> officeEmails() {
		return this.jdbc.sql("""
				select distinct u.email from user_account u join user_account_role r on r.account_id = u.id
				where r.role = 'OFFICE' and u.enabled and u.email <> ''
				""").query(String.class).list();
	}

	/** The e-mail address of one enabled account (empty when it has none or is disabled). */
	public List<String> emailOf(Long accountId) {
		return this.jdbc.sql("select email from user_account where id = ? and enabled and email <> ''")
			.param(accountId).query(String.class).list();
	}

	/** Enabled REVIEWER accounts, by name. */
	public List<AccountOption> reviewers() {
		return this.jdbc.sql("""
				select u.id, u.full_name, u.username, u.agency_id from user_account u
				join user_account_role r on r.account_id = u.id
				where r.role = 'REVIEWER' and u.enabled order by u.full_name, u.id
				""").query((rs, n) -> new AccountOption(rs.getLong(1), rs.getString(2), rs.getString(3),
						(Long) rs.getObject(4))).list();
	}

}
