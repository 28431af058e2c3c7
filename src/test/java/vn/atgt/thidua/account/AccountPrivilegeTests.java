package vn.atgt.thidua.account;

import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.shared.security.Role;
import vn.atgt.thidua.shared.domain.InvalidStateException;
import vn.atgt.thidua.support.IntegrationTest;
import vn.atgt.thidua.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Vertical escalation: only an administrator manages an administrator's account, the last enabled administrator
 * stays, nobody disables themselves, and the accounts list offers only what the viewer may do.
 */
@IntegrationTest
class AccountPrivilegeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	UserAccountRepository accounts;

	@Autowired
	AccountService service;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void officeCannotResetDisableOrChangeTheRoleOfAnAdministrator() throws Exception {
		UserAccount admin = this.testData.admin();
		RequestPostProcessor office = user(this.testData.principal(this.testData.office()));
		String hashBefore = admin.getPasswordHash();

		this.mvc.perform(post("/accounts/{id}/reset", admin.getId()).with(office).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/accounts/{id}/enable", admin.getId()).param("version", String.valueOf(admin.getVersion()))
				.param("enabled", "false").with(office).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/accounts/{id}/role", admin.getId()).param("version", String.valueOf(admin.getVersion()))
				.param("role", "AGENCY").with(office).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/accounts/{id}/second-factor/reset", admin.getId()).with(office).with(csrf()))
			.andExpect(status().isForbidden());

		UserAccount after = this.accounts.findWithRolesById(admin.getId()).orElseThrow();
		assertThat(after.getPasswordHash()).isEqualTo(hashBefore);
		assertThat(after.isEnabled()).isTrue();
		assertThat(after.isMustChangePassword()).isFalse();
		assertThat(after.getRoles()).contains(Role.ADMIN);
	}

	@Test
	void officeCannotMakeAnyoneAnAdministratorButAnAdministratorCan() throws Exception {
		UserAccount reviewer = this.testData.reviewer(null);
		this.mvc.perform(post("/accounts/{id}/role", reviewer.getId()).param("version", String.valueOf(reviewer.getVersion()))
				.param("role", "ADMIN").with(user(this.testData.principal(this.testData.office()))).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(this.accounts.findWithRolesById(reviewer.getId()).orElseThrow().getRoles()).containsOnly(Role.REVIEWER);

		this.mvc.perform(post("/accounts/{id}/role", reviewer.getId()).param("version", String.valueOf(reviewer.getVersion()))
				.param("role", "ADMIN").with(user(this.testData.principal(this.testData.admin()))).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.accounts.findWithRolesById(reviewer.getId()).orElseThrow().getRoles())
			.containsExactlyInAnyOrder(Role.ADMIN, Role.OFFICE);
	}

	@Test
	void officeStillManagesNonAdministratorAccounts() throws Exception {
		UserAccount agencyUser = this.testData.agencyUser(this.testData.agency("Sở Nội vụ"));
		this.mvc.perform(post("/accounts/{id}/reset", agencyUser.getId())
				.with(user(this.testData.principal(this.testData.office()))).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.accounts.findById(agencyUser.getId()).orElseThrow().isMustChangePassword()).isTrue();
	}

	@Test
	@Transactional
	void theLastEnabledAdministratorCanBeNeitherDisabledNorDemoted() {
		UserAccount last = this.testData.admin();
		CurrentUser otherAdmin = this.testData.currentUser(this.testData.admin());
		this.accounts.flush();
		this.jdbc.update("""
				update user_account set enabled = false where id <> ?
				  and id in (select account_id from user_account_role where role = 'ADMIN')""", last.getId());

		assertThatThrownBy(() -> this.service.enable(last.getId(), last.getVersion(), false, otherAdmin))
			.isInstanceOf(InvalidStateException.class)
			.extracting(ex -> ((InvalidStateException) ex).messageKey()).isEqualTo("account.error.lastAdmin");
		assertThatThrownBy(() -> this.service.changeRole(last.getId(), last.getVersion(), Role.OFFICE, otherAdmin))
			.isInstanceOf(InvalidStateException.class)
			.extracting(ex -> ((InvalidStateException) ex).messageKey()).isEqualTo("account.error.lastAdmin");

		AccountListItem row = item(last.getId(), otherAdmin);
		assertThat(row.mayToggle()).isFalse();
		assertThat(row.mayChangeRole()).isFalse();
		assertThat(row.mayReset()).isTrue();
	}

	/**
	 * Two administrators demote each other at the same moment. A third transaction holds the administrators' rows
	 * until both demotions wait on it (seen in pg_stat_activity, no sleeping), then lets them go: the first passes,
	 * the second counts again after its lock and is refused, so one administrator always remains.
	 */
	@Test
	void twoAdministratorsDemotingEachOtherAtOnceLeaveOneAdministrator() throws Exception {
		UserAccount a = this.testData.admin();
		UserAccount b = this.testData.admin();
		List<Long> others = this.jdbc.queryForList("""
				select u.id from user_account u join user_account_role r on r.account_id = u.id
				where r.role = 'ADMIN' and u.enabled and u.id not in (?, ?)""", Long.class, a.getId(), b.getId());
		others.forEach(id -> this.jdbc.update("update user_account set enabled = false where id = ?", id));
		var outcomes = new java.util.concurrent.ConcurrentLinkedQueue<String>();
		try (java.sql.Connection holder = this.jdbc.getDataSource().getConnection()) {
			holder.setAutoCommit(false);
			try (var lock = holder.prepareStatement("select id from user_account where id in (?, ?) for update")) {
				lock.setLong(1, a.getId());
				lock.setLong(2, b.getId());
				lock.executeQuery();
			}
			java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
			for (UserAccount[] pair : List.of(new UserAccount[] { a, b }, new UserAccount[] { b, a })) {
				pool.submit(() -> {
					try {
						this.service.changeRole(pair[1].getId(), pair[1].getVersion(), Role.OFFICE,
								this.testData.currentUser(pair[0]));
						outcomes.add("demoted");
					}
					catch (InvalidStateException ex) {
						outcomes.add(ex.messageKey());
					}
					catch (RuntimeException ex) {
						outcomes.add(ex.getClass().getSimpleName());
					}
				});
			}
			long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
			while (waitingOnLocks() < 2 && System.nanoTime() < deadline) {
				Thread.onSpinWait();
			}
			holder.rollback();
			pool.shutdown();
			assertThat(pool.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
		}
		finally {
			others.forEach(id -> this.jdbc.update("update user_account set enabled = true where id = ?", id));
		}
		assertThat(outcomes).containsExactlyInAnyOrder("demoted", "account.error.lastAdmin");
		assertThat(this.accounts.findActiveAdminIds()).containsAnyOf(a.getId(), b.getId());
	}

	private int waitingOnLocks() {
		return this.jdbc.queryForObject("""
				select count(*) from pg_stat_activity
				where wait_event_type = 'Lock' and query ilike '%for update%'""", Integer.class);
	}

	@Test
	void nobodyDisablesThemselvesAndTheListDoesNotOfferIt() {
		UserAccount admin = this.testData.admin();
		CurrentUser self = this.testData.currentUser(admin);
		assertThatThrownBy(() -> this.service.enable(admin.getId(), admin.getVersion(), false, self))
			.isInstanceOf(InvalidStateException.class);
		assertThatThrownBy(() -> this.service.changeRole(admin.getId(), admin.getVersion(), Role.OFFICE, self))
			.isInstanceOf(InvalidStateException.class);
		AccountListItem own = item(admin.getId(), self);
		assertThat(own.mayToggle()).isFalse();
		assertThat(own.mayChangeRole()).isFalse();
		assertThat(item(this.testData.office().getId(), self).mayToggle()).isTrue();
	}

	@Test
	void theListShownToTheOfficeOffersNoActionOnAnyAdministratorRow() throws Exception {
		// names that sort first, so both rows are on the first page whatever other tests created
		String unique = java.util.UUID.randomUUID().toString().substring(0, 8);
		this.accounts.save(new UserAccount("0-quan-tri-" + unique, "Quản trị thử", null, "{noop}x",
				EnumSet.of(Role.ADMIN, Role.OFFICE), null));
		this.accounts.save(new UserAccount("0-tham-dinh-" + unique, "Thẩm định thử", null, "{noop}x",
				EnumSet.of(Role.REVIEWER), null));
		UserAccount office = this.testData.account(EnumSet.of(Role.OFFICE), null);
		String html = this.mvc.perform(get("/accounts").with(user(this.testData.principal(office))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		Matcher rows = Pattern.compile("<tr id=\"account-[^\"]+\" data-admin=\"(true|false)\">(.*?)</tr>",
				Pattern.DOTALL).matcher(html);
		int adminRows = 0;
		int otherRows = 0;
		while (rows.find()) {
			String row = rows.group(2);
			if (Boolean.parseBoolean(rows.group(1))) {
				adminRows++;
				assertThat(row).doesNotContain("account-toggle", "account-reset", "account-role", "account-mfa-reset");
			}
			else {
				otherRows++;
				assertThat(row).contains("account-reset");
			}
		}
		assertThat(adminRows).isPositive();
		assertThat(otherRows).isPositive();
	}

	private AccountListItem item(Long id, CurrentUser viewer) {
		List<AccountListItem> all = this.service.list(PageRequest.of(0, 100_000), viewer).getContent();
		return all.stream().filter(i -> i.account().id().equals(id)).findFirst().orElseThrow();
	}

}
