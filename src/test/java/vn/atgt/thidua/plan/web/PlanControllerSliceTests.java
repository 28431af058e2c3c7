package vn.atgt.thidua.plan.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.test.context.TestPropertySource;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import vn.atgt.thidua.shared.province.ProvinceProperties;
import vn.atgt.thidua.plan.PlanService;
import vn.atgt.thidua.shared.security.AccountPrincipal;
import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.shared.security.Role;
import vn.atgt.thidua.shared.security.SecurityConfiguration;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** The plan controller alone, with the real security configuration: roles are enforced at the web layer. */
@WebMvcTest(PlanController.class)
@EnableConfigurationProperties(ProvinceProperties.class)
// the slice has no Spring Session store: an in-memory session registry stands in for the PostgreSQL-backed one
@Import({ SecurityConfiguration.class, PlanFormValidator.class, SessionRegistryImpl.class })
// signs in with the password alone (the production rule would also ask office accounts for a TOTP code, ADR 0131)
@TestPropertySource(properties = "app.security.mfa.required-roles=")
class PlanControllerSliceTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	PlanService plans;

	@MockitoBean
	vn.atgt.thidua.audit.AuditLog audit;

	static AccountPrincipal as(Role role) {
		return new AccountPrincipal(new CurrentUser(1L, "u", "Người dùng", role == Role.AGENCY ? 7L : null,
				java.util.Set.of(role)), "x", true, null, false);
	}

	@Test
	void officeOpensTheCreationForm() throws Exception {
		given(this.plans.today()).willReturn(java.time.LocalDate.of(2024, 5, 1));
		this.mvc.perform(get("/plans/new").with(user(as(Role.OFFICE))))
			.andExpect(status().isOk())
			.andExpect(view().name("plan/form"))
			.andExpect(model().attributeExists("planForm"));
	}

	@Test
	void agencyAndReviewerMayNotDraftPlans() throws Exception {
		this.mvc.perform(get("/plans/new").with(user(as(Role.AGENCY)))).andExpect(status().isForbidden());
		this.mvc.perform(post("/plans/new").with(csrf()).with(user(as(Role.REVIEWER)))).andExpect(status().isForbidden());
		verifyNoInteractions(this.plans);
	}

	@Test
	void anonymousIsSentToLogin() throws Exception {
		this.mvc.perform(get("/plans")).andExpect(status().is3xxRedirection());
	}

	@Test
	void listsPlansForAgencyUser() throws Exception {
		given(this.plans.search(any(), any(), any(), any())).willReturn(new PageImpl<>(List.of()));
		this.mvc.perform(get("/plans").with(user(as(Role.AGENCY)))).andExpect(status().isOk()).andExpect(view().name("plan/list"));
	}

}
