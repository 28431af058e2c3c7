package vn.atgt.thidua.support;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

import vn.atgt.thidua.account.UserAccount;
import vn.atgt.thidua.account.UserAccountRepository;
import vn.atgt.thidua.agency.Agency;
import vn.atgt.thidua.agency.AgencyKind;
import vn.atgt.thidua.agency.AgencyRepository;
import vn.atgt.thidua.plan.PlanContent;
import vn.atgt.thidua.plan.PlanService;
import vn.atgt.thidua.shared.security.AccountPrincipal;
import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.shared.security.Role;

/**
 * Test data builders on the real database. Names carry a unique suffix so tests sharing a context do not collide.
 * Use with {@code SecurityMockMvcRequestPostProcessors.user(testData.principal(account))} to act as someone.
 */
public class TestData {

	public static final String PASSWORD = "Test@12345";

	@Autowired
	private AgencyRepository agencies;

	@Autowired
	private UserAccountRepository accounts;

	@Autowired
	private PlanService plans;

	@Autowired
	private PasswordEncoder passwordEncoder;

	@Autowired
	private TransactionTemplate transactions;

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	public Agency agency(String name) {
		return this.agencies.save(new Agency(name + " " + unique(), null, AgencyKind.PROVINCIAL_DEPARTMENT));
	}

	public Agency agency(String name, AgencyKind kind) {
		return this.agencies.save(new Agency(name + " " + unique(), null, kind));
	}

	public UserAccount account(Set<Role> roles, Long agencyId) {
		String username = roles.iterator().next().name().toLowerCase() + "-" + unique();
		return this.accounts.save(new UserAccount(username, "Người dùng " + username, username + "@test.vn",
				this.passwordEncoder.encode(PASSWORD), roles, agencyId));
	}

	public UserAccount office() {
		return account(EnumSet.of(Role.OFFICE), null);
	}

	public UserAccount admin() {
		return account(EnumSet.of(Role.ADMIN, Role.OFFICE), null);
	}

	public UserAccount reviewer(Long agencyId) {
		return account(EnumSet.of(Role.REVIEWER), agencyId);
	}

	public UserAccount agencyUser(Agency agency) {
		return account(EnumSet.of(Role.AGENCY), agency.getId());
	}

	/** What the security context would hold for this account (for MockMvc's {@code user(...)}). */
	public AccountPrincipal principal(UserAccount account) {
		return new AccountPrincipal(account.toCurrentUser(), account.getPasswordHash(), true, null, false);
	}

	public CurrentUser currentUser(UserAccount account) {
		return account.toCurrentUser();
	}

	/** A draft plan of {@code year} with the 2024 seed's sections and eight task groups. */
	public Long draftPlan(int year) {
		return this.plans.createDraft(PlanFixtures.content(year, 8), currentUser(office()));
	}

	public Long draftPlan(PlanContent content) {
		return this.plans.createDraft(content, currentUser(office()));
	}

	/** A published plan of {@code year} with the given participants; the number is unique in the test run. */
	public Long publishedPlan(int year, List<Agency> participants) {
		CurrentUser office = currentUser(office());
		Long id = this.plans.createDraft(PlanFixtures.content(year, 8), office);
		this.plans.chooseParticipants(id, 0, participants.stream().map(Agency::getId).collect(
				java.util.stream.Collectors.toSet()), office);
		// published anyway: a fixture of a past year has deadlines already past (a warning of the publication check)
		this.plans.publish(id, 1, this.plans.suggestNumber(id, year), LocalDate.of(year, 6, 10), true, office);
		return id;
	}

}
