package vn.atgt.thidua.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.atgt.thidua.agency.Agency;
import vn.atgt.thidua.plan.PlanDirectory;
import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.support.DocumentText;
import vn.atgt.thidua.support.IntegrationTest;
import vn.atgt.thidua.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The consolidated year-end report (issue 13.7): every participant in exactly one state, counts that add up to the
 * participants, results quoted from accepted reports only and the others listed once by state.
 */
@IntegrationTest
class ConsolidatedReportStatesTests {

	private static final Pattern COUNTS = Pattern.compile("triển khai tới (\\d+) cơ quan, đơn vị\\. .*?tiếp nhận (\\d+) "
			+ "báo cáo tổng kết \\(trong đó (\\d+) báo cáo gửi chậm\\); (\\d+) báo cáo đang chờ tiếp nhận; (\\d+) báo cáo "
			+ "đã trả lại để bổ sung; (\\d+) cơ quan, đơn vị chưa gửi báo cáo");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	PlanDirectory plans;

	@Autowired
	YearEndReportService reports;

	@Test
	void everyParticipantHasOneStateTheCountsAddUpAndOnlyAcceptedReportsAreQuoted() throws Exception {
		Agency accepted = this.testData.agency("Sở Tiếp nhận");
		Agency awaiting = this.testData.agency("Sở Chờ duyệt");
		Agency returned = this.testData.agency("Sở Trả lại");
		Agency drafting = this.testData.agency("Sở Nháp");
		Agency silent = this.testData.agency("Sở Im lặng");
		List<Agency> all = List.of(accepted, awaiting, returned, drafting, silent);
		// 2020: the report due date has passed, so every report sent now is late
		Long planId = this.testData.publishedPlan(2020, all);
		Long group = this.plans.facts(planId).taskGroups().get(0).id();
		CurrentUser office = this.testData.currentUser(this.testData.office());
		for (Agency agency : List.of(accepted, awaiting, returned)) {
			this.reports.submit(planId, null, content(group, "Kết quả của " + agency.getName()), signed(),
					user(agency));
		}
		this.reports.save(planId, null, content(group, "Kết quả của " + drafting.getName()), signed(), user(drafting));
		Long acceptedId = id(planId, accepted);
		this.reports.accept(acceptedId, version(acceptedId), office);
		Long returnedId = id(planId, returned);
		this.reports.returnForChanges(returnedId, version(returnedId), "Bổ sung", office);

		long start = System.nanoTime();
		byte[] pdf = this.mvc.perform(get("/plans/{id}/reports/consolidated.pdf", planId)
				.with(SecurityMockMvcRequestPostProcessors.user(this.testData.principal(this.testData.office()))))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		YearEndReportDocumentTests.keep("consolidated-report", pdf, start);
		String text = DocumentText.pdf(pdf);
		Matcher counts = COUNTS.matcher(text);
		assertThat(counts.find()).as(text).isTrue();
		int participants = Integer.parseInt(counts.group(1));
		int sum = Integer.parseInt(counts.group(2)) + Integer.parseInt(counts.group(4))
				+ Integer.parseInt(counts.group(5)) + Integer.parseInt(counts.group(6));
		assertThat(participants).isEqualTo(all.size());
		assertThat(sum).isEqualTo(participants);
		assertThat(counts.group(2)).isEqualTo("1");
		assertThat(counts.group(3)).isEqualTo("1");
		assertThat(counts.group(4)).isEqualTo("1");
		assertThat(counts.group(5)).isEqualTo("1");
		assertThat(counts.group(6)).isEqualTo("2");
		// results from the accepted report only
		assertThat(text).contains(accepted.getName() + ": Kết quả của " + accepted.getName())
			.doesNotContain("Kết quả của " + awaiting.getName(), "Kết quả của " + returned.getName(),
					"Kết quả của " + drafting.getName());
		// the others once each, by state
		for (Agency agency : List.of(awaiting, returned, drafting, silent)) {
			assertThat(occurrences(text, agency.getName())).as(agency.getName()).isEqualTo(1);
		}
		assertThat(text).contains(awaiting.getName() + " Chờ tiếp nhận", returned.getName() + " Trả lại, chờ bổ sung",
				drafting.getName() + " Chưa gửi", silent.getName() + " Chưa gửi");
		// the accepted agency only in the results ("name: Kết quả của name"), not among the states
		assertThat(occurrences(text, accepted.getName())).isEqualTo(2);
	}

	private CurrentUser user(Agency agency) {
		return this.testData.currentUser(this.testData.agencyUser(agency));
	}

	private Long id(Long planId, Agency agency) {
		return this.reports.consolidated(planId, this.testData.currentUser(this.testData.office())).reports().stream()
			.filter(r -> r.agencyId().equals(agency.getId())).findFirst().orElseThrow().id();
	}

	private long version(Long id) {
		return this.reports.view(id, this.testData.currentUser(this.testData.office())).report().getVersion();
	}

	private static int occurrences(String text, String part) {
		return text.split(Pattern.quote(part), -1).length - 1;
	}

	private static ReportContent content(Long group, String result) {
		return new ReportContent(Map.of(group, result), null, null, null, null, null, null, null);
	}

	private static ReportParticulars signed() {
		return new ReportParticulars("UBND TỈNH LẠNG SƠN", "SỞ", 1, "S", "Lạng Sơn", LocalDate.of(2020, 12, 1), null,
				null, "GIÁM ĐỐC", "Nguyễn Văn D", "Ban ATGT tỉnh (b/c);");
	}

}
