package vn.atgt.thidua.report;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.atgt.thidua.account.UserAccount;
import vn.atgt.thidua.agency.Agency;
import vn.atgt.thidua.plan.PlanDirectory;
import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.support.IntegrationTest;
import vn.atgt.thidua.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One full year-end report journey, its side effects following domain events: the audit rows and notifications the
 * hand-written calls produced are all there once, with their actors, and a refused transition adds none.
 */
@IntegrationTest
class YearEndReportSideEffectsTests {

	@Autowired
	YearEndReportService reports;

	@Autowired
	YearEndReportRepository repository;

	@Autowired
	PlanDirectory plans;

	@Autowired
	TestData testData;

	@Autowired
	JdbcClient jdbc;

	@Test
	void oneJourneyWritesEveryAuditRowAndNotificationOnce() {
		Agency agency = this.testData.agency("Sở Công Thương (sự kiện)");
		Long planId = this.testData.publishedPlan(2044, List.of(agency));
		Long group = this.plans.facts(planId).taskGroups().get(0).id();
		UserAccount agencyAccount = this.testData.agencyUser(agency);
		UserAccount officeAccount = this.testData.office();
		CurrentUser agencyUser = this.testData.currentUser(agencyAccount);
		CurrentUser office = this.testData.currentUser(officeAccount);

		Long id = this.reports.save(planId, null, content(group, "Tuyên truyền"), SIGNED, agencyUser);
		this.reports.submit(planId, version(id), agencyUser);
		this.reports.returnForChanges(id, version(id), "Bổ sung kết quả nhóm 1.", office);
		this.reports.submit(planId, version(id), content(group, "Tuyên truyền, kiểm tra"), SIGNED, agencyUser);
		long stale = version(id) - 1;
		assertThatThrownBy(() -> this.reports.accept(id, stale, office)).isNotNull();
		this.reports.accept(id, version(id), office);

		assertThat(this.jdbc.sql("select action || ' ' || actor_id from audit_event where record_type = 'YearEndReport' "
				+ "and record_id = ? order by id").param(id).query(String.class).list()).containsExactly(
				"yearReport.create " + agencyAccount.getId(), "yearReport.submit " + agencyAccount.getId(),
				"yearReport.return " + officeAccount.getId(), "yearReport.edit " + agencyAccount.getId(),
				"yearReport.submit " + agencyAccount.getId(), "yearReport.accept " + officeAccount.getId());
		assertThat(this.jdbc.sql("select message_key from notification where recipient_agency_id = ? "
				+ "and message_key like 'yearReport.%' order by id").param(agency.getId()).query(String.class).list())
			.containsExactly("yearReport.notify.returned", "yearReport.notify.accepted");
		assertThat(this.jdbc.sql("select count(*) from notification where recipient_office and link = ?")
			.param("/reports/" + id).query(Long.class).single()).isEqualTo(2);
	}

	private static final ReportParticulars SIGNED = new ReportParticulars("UBND TỈNH LẠNG SƠN", "SỞ CÔNG THƯƠNG", 9,
			"SCT", "Lạng Sơn", java.time.LocalDate.of(2044, 12, 10), null, null, "GIÁM ĐỐC", "Trần Văn C",
			"Ban ATGT tỉnh (b/c);");

	private long version(Long id) {
		return this.repository.findById(id).orElseThrow().getVersion();
	}

	private static ReportContent content(Long group, String result) {
		return new ReportContent(Map.of(group, result), null, null, null, null, null, null, null);
	}

}
