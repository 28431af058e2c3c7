package vn.atgt.thidua.notification;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.atgt.thidua.support.IntegrationTest;
import vn.atgt.thidua.support.TestData;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class EscalationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	TestWaitingItems items;

	@Test
	void theOfficeSeesWhatHasWaitedTooLongAndAgenciesDoNot() throws Exception {
		this.items.add("Báo cáo chờ tiếp nhận quá lâu", Instant.parse("2024-01-02T03:00:00Z"));
		this.mvc.perform(get("/escalations").with(user(this.testData.principal(this.testData.office()))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Báo cáo chờ tiếp nhận quá lâu")))
			.andExpect(content().string(containsString("(thời hạn 5 ngày)")));
		this.mvc.perform(get("/escalations")
				.with(user(this.testData.principal(this.testData.agencyUser(this.testData.agency("Sở Chờ"))))))
			.andExpect(status().isForbidden());
	}

}
