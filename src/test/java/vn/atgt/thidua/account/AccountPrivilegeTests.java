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
