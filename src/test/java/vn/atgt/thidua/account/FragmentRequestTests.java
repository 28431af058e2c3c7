package vn.atgt.thidua.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.atgt.thidua.shared.security.AccountPrincipal;
import vn.atgt.thidua.support.IntegrationTest;
import vn.atgt.thidua.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * An htmx request (header {@code HX-Request}) that cannot be served never receives a whole page to swap into the
 * current one: it gets an empty answer, 401/403, or an {@code HX-Redirect}. Walked over every GET route.
 */
@IntegrationTest
class FragmentRequestTests {

	private static final Set<String> SERVED_TO_EVERYONE = Set.of("/", "/login", "/error", "/account/password");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void duringAForcedPasswordChangeNoFragmentRequestGetsAPage() throws Exception {
		UserAccount account = this.testData.office();
		RequestPostProcessor mustChange = user(new AccountPrincipal(account.toCurrentUser(), null, true, true, false));
		List<String> routes = signedInRoutes();
		assertThat(routes).contains("/notifications/badge", "/plans", "/accounts");
		for (String route : routes) {
			MockHttpServletResponse response = this.mvc.perform(get(route).header("HX-Request", "true").with(mustChange))
				.andReturn().getResponse();
			assertThat(response.getStatus()).as(route).isEqualTo(204);
			assertThat(response.getContentAsString()).as(route).isEmpty();
		}
		// and a normal page request still goes to the password page
		assertThat(this.mvc.perform(get("/plans").with(mustChange)).andReturn().getResponse().getRedirectedUrl())
			.isEqualTo("/account/password");
	}

	@Test
	void aFragmentRequestWithoutASignInGets401AndNavigatesThePageToTheSignInPage() throws Exception {
		for (String route : signedInRoutes()) {
			MockHttpServletResponse response = this.mvc.perform(get(route).header("HX-Request", "true"))
				.andReturn().getResponse();
			assertThat(response.getStatus()).as(route).isEqualTo(401);
			assertThat(response.getHeader("HX-Redirect")).as(route).isEqualTo("/login");
			assertThat(response.getContentAsString()).as(route).isEmpty();
		}
	}

	@Test
	void aRedirectAnsweringAnHtmxPostBecomesAnHxRedirect() throws Exception {
		UserAccount agencyUser = this.testData.agencyUser(this.testData.agency("Sở Văn hóa"));
		MockHttpServletResponse response = this.mvc.perform(post("/accounts/{id}/reset", agencyUser.getId())
				.header("HX-Request", "true").with(user(this.testData.principal(this.testData.office()))).with(csrf()))
			.andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(204);
		assertThat(response.getHeader("HX-Redirect")).isEqualTo("/accounts");
		assertThat(response.getHeader("Location")).isNull();
	}

	@Test
	void theBadgeStillAnswersASignedInUser() throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get("/notifications/badge").header("HX-Request", "true")
				.with(user(this.testData.principal(this.testData.office())))).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsString()).doesNotContain("<html", "navbar");
	}

	/** Every GET route behind the sign-in, with 1 for each path variable. */
	private List<String> signedInRoutes() {
		List<String> routes = new ArrayList<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
				continue;
			}
			for (String pattern : info.getPatternValues()) {
				String route = pattern.replaceAll("\\{[^}]+}", "1");
				if (!SERVED_TO_EVERYONE.contains(route) && !route.startsWith("/public") && !route.startsWith("/login")
						&& !route.startsWith("/error") && !route.contains("*")) {
					routes.add(route);
				}
			}
		}
		return routes;
	}

}
