package vn.atgt.thidua.demo;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.account.UserAccount;
import vn.atgt.thidua.account.UserAccountRepository;
import vn.atgt.thidua.agency.Agency;
import vn.atgt.thidua.agency.AgencyRepository;
import vn.atgt.thidua.plan.PlanService;
import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.shared.security.Role;

/**
 * Loads the demo data once into an empty database: agencies, accounts for every role (README lists them), the 2024
 * plan of seed 000 (published) and the 2021 plan that seed 001 answers (closed). Later modules add their own demo
 * data after this one ({@code @Order}).
 */
@Component
@Profile("demo")
@Order(0)
public class DemoDataLoader implements ApplicationRunner {

	public static final String DEMO_PASSWORD = "Demo@2024";

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	private final AgencyRepository agencies;

	private final UserAccountRepository accounts;

	private final PlanService plans;

	private final PasswordEncoder passwordEncoder;

	private final Environment environment;

	DemoDataLoader(AgencyRepository agencies, UserAccountRepository accounts, PlanService plans,
			PasswordEncoder passwordEncoder, Environment environment) {
		this.agencies = agencies;
		this.accounts = accounts;
		this.plans = plans;
		this.passwordEncoder = passwordEncoder;
		this.environment = environment;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (Arrays.asList(this.environment.getActiveProfiles()).contains("prod")) {
			throw new IllegalStateException("Demo data must never be loaded with the prod profile");
		}
		if (this.agencies.count() > 0) {
			return;
		}
		Map<String, Agency> byKey = new DemoAgencies(this.agencies).create();
		createAccounts(byKey);
		CurrentUser office = this.accounts.findWithRolesByUsername("vanphong").orElseThrow().toCurrentUser();

		Long plan2021 = this.plans.createDraft(DemoPlans.plan2021(), office);
		this.plans.chooseParticipants(plan2021, 0, participantsOf(byKey, 2021), office);
		// the 2021 plan reuses the 2024 task groups, whose years the pre-publication check flags
		this.plans.publish(plan2021, 1, 11, LocalDate.of(2021, 1, 26), true, office);
		this.plans.close(plan2021, 2, office);

		Long plan2024 = this.plans.createDraft(DemoPlans.plan2024(), office);
		this.plans.chooseParticipants(plan2024, 0, participantsOf(byKey, 2024), office);
		// published anyway: its deadlines are past on any later day the demo is loaded
		this.plans.publish(plan2024, 1, 12, LocalDate.of(2024, 6, 10), true, office);
		log.info("Demo data loaded: {} agencies, {} accounts (password {}), plans 2021 and 2024",
				this.agencies.count(), this.accounts.count(), DEMO_PASSWORD);
	}

	private static Set<Long> participantsOf(Map<String, Agency> byKey, int year) {
		return byKey.values().stream().filter(a -> a.existsIn(year)).map(Agency::getId).collect(Collectors.toSet());
	}

	private void createAccounts(Map<String, Agency> byKey) {
		account("admin", "Quản trị hệ thống", EnumSet.of(Role.ADMIN, Role.OFFICE), null);
		account("vanphong", "Nguyễn Thị Hà", EnumSet.of(Role.OFFICE), null);
		account("thamdinh", "Hoàng Văn Minh", EnumSet.of(Role.REVIEWER), byKey.get("nv").getId());
		account("thamdinh2", "Đặng Thu Trang", EnumSet.of(Role.REVIEWER), null);
		account("congan", "Lý Văn Cường", EnumSet.of(Role.AGENCY), byKey.get("ca").getId());
		account("sotttt", "Vi Thị Lan", EnumSet.of(Role.AGENCY), byKey.get("tttt").getId());
		account("sogtvt", "Lương Văn Nam", EnumSet.of(Role.AGENCY), byKey.get("gtvt").getId());
		account("soxaydung", "Triệu Thị Mai", EnumSet.of(Role.AGENCY), byKey.get("xd").getId());
		account("soyte", "Nông Văn Đức", EnumSet.of(Role.AGENCY), byKey.get("yt").getId());
		account("locbinh", "Hoàng Thị Nga", EnumSet.of(Role.AGENCY), byKey.get("h-locbinh").getId());
	}

	private void account(String username, String fullName, Set<Role> roles, Long agencyId) {
		this.accounts.save(new UserAccount(username, fullName, username + "@demo.langson.gov.vn",
				this.passwordEncoder.encode(DEMO_PASSWORD), roles, agencyId));
	}

}
