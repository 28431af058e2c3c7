package vn.atgt.thidua.shared.operations;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.atgt.thidua.support.IntegrationTest;
import vn.atgt.thidua.support.TestData;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The probes a load balancer asks are public; metrics are for an administrator only; other endpoints stay closed. */
@IntegrationTest
class OperationsEndpointsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Test
	void livenessAndReadinessAnswerWithoutSignIn() throws Exception {
		this.mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
		this.mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
		this.mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.components").doesNotExist());
	}

	@Test
	void metricsAreForAnAdministratorOnly() throws Exception {
		this.mvc.perform(get("/actuator/metrics")).andExpect(status().is4xxClientError());
		this.mvc.perform(get("/actuator/metrics").with(user(this.testData.principal(this.testData.office()))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/actuator/env").with(user(this.testData.principal(this.testData.admin()))))
			.andExpect(status().is4xxClientError());
	}

	@Test
	void adminSeesRequestTimingsPerPageAndTheOutboxBacklog() throws Exception {
		var admin = user(this.testData.principal(this.testData.admin()));
		this.mvc.perform(get("/plans").with(admin)).andExpect(status().isOk());
		this.mvc.perform(get("/actuator/metrics/http.server.requests").with(admin))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.availableTags[?(@.tag == 'uri')].values[*]", hasItem("/plans")));
		this.mvc.perform(get("/actuator/metrics/thidua.outbox.backlog").param("tag", "status:PENDING").with(admin))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.measurements[0].statistic").value("VALUE"));
	}

	@Test
	void everyResponseCarriesARequestIdAndKeepsAProxysOne() throws Exception {
		this.mvc.perform(get("/login")).andExpect(header().string("X-Request-Id", matchesPattern("[0-9a-f-]{36}")));
		this.mvc.perform(get("/login").header("X-Request-Id", "0123456789abcdef"))
			.andExpect(header().string("X-Request-Id", "0123456789abcdef"));
		this.mvc.perform(get("/login").header("X-Request-Id", "<script>alert(1)</script>"))
			.andExpect(header().string("X-Request-Id", matchesPattern("[0-9a-f-]{36}")));
	}

}
