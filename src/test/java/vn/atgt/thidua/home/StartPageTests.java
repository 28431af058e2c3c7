package vn.atgt.thidua.home;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import vn.atgt.thidua.agency.Agency;
import vn.atgt.thidua.agency.AgencyRepository;
import vn.atgt.thidua.support.LiveServerTest;
import vn.atgt.thidua.support.SqlStatementCounter;
import vn.atgt.thidua.support.TestData;
import vn.atgt.thidua.support.WebClientSession;
import vn.atgt.thidua.support.WebClientSession.Answer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12 item 5: the start page "Việc cần làm" of each role on the demo data, and its cost: the same number of SQL
 * statements (at most six) before and after the data grows by two plans with twenty more participants each.
 */
class StartPageTests extends LiveServerTest {

	@Autowired
	SqlStatementCounter sql;

	@Autowired
	TestData data;

	@Autowired
	AgencyRepository agencies;

	@Test
	void theAgencySeesPerPlanItsStepsTheNextOneAndItsDeadline() {
		String page = home(signedIn("congan")).body();
		assertThat(page).contains("id=\"todo-agency\"", "12/KH-BATGT ngày", "Kế hoạch thực hiện", "Báo cáo tổng kết",
				"Hồ sơ đề nghị khen thưởng");
		assertThat(page).containsAnyOf("Việc tiếp theo:", "Đơn vị đã gửi đủ");
		assertThat(page).doesNotContain("id=\"todo-office-counts\"", "id=\"todo-reviewer\"");
	}

	@Test
	void theReviewerSeesTheDossiersBeforeThemWithTheNomineesLackingAnOpinion() {
		String page = home(signedIn("thamdinh")).body();
		assertThat(page).contains("id=\"todo-reviewer\"");
		assertThat(page).containsAnyOf("người, tập thể", "Hiện không có hồ sơ nào chờ bạn thẩm định");
		assertThat(page).doesNotContain("id=\"todo-agency\"", "id=\"todo-office-counts\"");
	}

	@Test
	void theOfficeSeesCountsLinkingToListsArrivalsAndLateAgencies() {
		String page = home(signedIn("vanphong")).body();
		assertThat(page).contains("id=\"todo-office-counts\"", "href=\"/subplans/review\"",
				"href=\"/reports?status=SUBMITTED\"", "href=\"/nominations/inbox\"", "id=\"todo-arrivals\"",
				"id=\"todo-late\"", "Mới gửi đến từ lần đăng nhập trước");
		assertThat(page).doesNotContain("id=\"todo-agency\"", "id=\"todo-reviewer\"");
	}

	@Test
	void everyStartPageCostsAtMostSixStatementsWhateverTheDataSize() {
		List<String> users = List.of("vanphong", "congan", "thamdinh");
		List<Long> before = new ArrayList<>();
		for (String user : users) {
			before.add(statements(signedIn(user)));
		}
		Long police = this.jdbc.queryForObject("select agency_id from user_account where username = 'congan'",
				Long.class);
		for (int year : List.of(2041, 2042)) {
			List<Agency> participants = new ArrayList<>();
			participants.add(this.agencies.findById(police).orElseThrow());
			for (int i = 0; i < 20; i++) {
				participants.add(this.data.agency("Cơ quan " + year + " số " + i));
			}
			this.data.publishedPlan(year, participants);
		}
		List<Long> after = new ArrayList<>();
		for (String user : users) {
			after.add(statements(signedIn(user)));
		}
		assertThat(before).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(6));
		assertThat(after).isEqualTo(before);
	}

	private long statements(WebClientSession session) {
		home(session);
		this.sql.reset();
		Answer answer = home(session);
		long count = this.sql.count();
		assertThat(answer.status()).isEqualTo(200);
		System.out.println("start page statements: " + count + " " + this.sql.statements());
		return count;
	}

	private static Answer home(WebClientSession session) {
		Answer answer = session.get("/");
		assertThat(answer.status()).isEqualTo(200);
		return answer;
	}

}
