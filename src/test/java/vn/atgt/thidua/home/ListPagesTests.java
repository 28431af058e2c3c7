package vn.atgt.thidua.home;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.atgt.thidua.support.LiveServerTest;
import vn.atgt.thidua.support.WebClientSession;
import vn.atgt.thidua.support.WebClientSession.Answer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12 item 6 on the demo data: the plan list is searched without diacritics and by year, an empty result says
 * so, paging keeps the search; the follow-up board keeps its filter and order when paging and after "Đôn đốc"; a
 * page past the end says so instead of "Trang 4/2"; item 7: choosers instead of id boxes.
 */
class ListPagesTests extends LiveServerTest {

	private Long plan2024() {
		return id("select id from plan where status = 'PUBLISHED' and year = 2024 order by id limit 1");
	}

	@Test
	void thePlanListIsSearchedWithoutDiacriticsAndByYear() {
		WebClientSession office = signedIn("vanphong");
		String title = this.jdbc.queryForObject("select title from plan where id = ?", String.class, plan2024());
		String word = vn.atgt.thidua.shared.text.Texts.fold(title).split(" ")[2];
		String found = office.get("/plans?q=" + WebClientSession.encode(word) + "&year=2024").body();
		assertThat(found).contains("id=\"plans-table\"", "href=\"/plans/" + plan2024() + "\"");
		assertThat(found).doesNotContain("id=\"plan-search-empty\"");
		String byNumber = office.get("/plans?q=" + WebClientSession.encode("12/KH")).body();
		assertThat(byNumber).contains("href=\"/plans/" + plan2024() + "\"");
		String none = office.get("/plans?q=khong-co-ke-hoach-nay").body();
		assertThat(none).contains("id=\"plan-search-empty\"").doesNotContain("id=\"plans-table\"");
		String otherYear = office.get("/plans?year=1999").body();
		assertThat(otherYear).contains("id=\"plan-search-empty\"");
	}

	@Test
	void theBoardKeepsItsFilterWhenPagingAndAfterUrging() {
		WebClientSession office = signedIn("vanphong");
		Long plan = plan2024();
		String board = office.get("/plans/" + plan + "/board?state=NOT_STARTED&sort=NAME").body();
		assertThat(board).contains("name=\"state\" value=\"NOT_STARTED\"", "name=\"sort\" value=\"NAME\"");
		Answer urged = office.post("/plans/" + plan + "/board/urge",
				List.of(Map.entry("state", "NOT_STARTED"), Map.entry("sort", "NAME"), Map.entry("page", "1")));
		assertThat(urged.status()).isEqualTo(302);
		assertThat(urged.header("Location")).contains("/plans/" + plan + "/board", "state=NOT_STARTED", "page=1");
		String far = office.get("/plans/" + plan + "/board?state=NOT_STARTED&sort=NAME&page=40").body();
		assertThat(far).contains("pager-out-of-range").doesNotContainPattern("Trang 41/\\d");
		assertThat(far).contains("id=\"pager-last\"", "state=NOT_STARTED&amp;sort=NAME&amp;page=");
	}

	@Test
	void listsChooseARecordByNameNotById() {
		WebClientSession office = signedIn("vanphong");
		String reports = office.get("/reports").body();
		assertThat(reports).contains("<select class=\"form-select\" id=\"planId\" name=\"planId\">", "12/KH-BATGT ngày");
		String audit = office.get("/audit").body();
		assertThat(audit).contains("id=\"planId\"", "id=\"recordType\"", "Hồ sơ đề nghị khen thưởng")
			.doesNotContain("type=\"number\" min=\"1\"");
		String filtered = office.get("/audit?planId=" + plan2024()).body();
		assertThat(filtered).contains("12/KH-BATGT ngày").doesNotContain("id=\"audit-empty\"");
	}

}
