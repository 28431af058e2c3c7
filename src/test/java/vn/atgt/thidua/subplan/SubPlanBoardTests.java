package vn.atgt.thidua.subplan;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.atgt.thidua.account.UserAccount;
import vn.atgt.thidua.agency.Agency;
import vn.atgt.thidua.plan.PlanDirectory;
import vn.atgt.thidua.support.IntegrationTest;
import vn.atgt.thidua.support.SqlStatementCounter;
import vn.atgt.thidua.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SubPlanBoardTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	SqlStatementCounter sql;

	@Autowired
	PlanDirectory plans;

	@Autowired
	SubPlanService subPlans;

	@Autowired
	BoardService boards;

	/** A plan with {@code agencies} participants, a third of which have submitted a sub-plan for task group 1. */
	Long planWith(int year, int agencies) {
		List<Agency> participants = new ArrayList<>();
		for (int i = 0; i < agencies; i++) {
			participants.add(this.testData.agency("Cơ quan " + i));
		}
		Long planId = this.testData.publishedPlan(year, participants);
		Long group = this.plans.facts(planId).taskGroups().get(0).id();
		for (int i = 0; i < agencies; i += 3) {
			UserAccount user = this.testData.agencyUser(participants.get(i));
			this.subPlans.save(planId, null, new SubPlanContent(null, null, null, null, null, List.of(), List.of(),
					List.of(new SubPlanItem("Nội dung", List.of(group), null, null)), List.of(), List.of()), i % 2 == 0,
					user.toCurrentUser());
		}
		return planId;
	}

	long boardStatements(Long planId, RequestPostProcessor office, String path) throws Exception {
		this.sql.reset();
		this.mvc.perform(get(path, planId).with(office)).andExpect(status().isOk());
		return this.sql.count();
	}

	@Test
	void boardRunsTheSameNumberOfStatementsForTenAndAHundredAgencies() throws Exception {
		RequestPostProcessor office = user(this.testData.principal(this.testData.office()));
		Long small = planWith(2060, 10);
		Long large = planWith(2061, 100);
		long atTen = boardStatements(small, office, "/plans/{p}/board");
		long atHundred = boardStatements(large, office, "/plans/{p}/board");
		long exportAtTen = boardStatements(small, office, "/plans/{p}/board.xlsx");
		long exportAtHundred = boardStatements(large, office, "/plans/{p}/board.xlsx");
		System.out.println("SQL statements for the board: 10 agencies " + atTen + ", 100 agencies " + atHundred
				+ "; export " + exportAtTen + " / " + exportAtHundred);
		assertThat(atHundred).isEqualTo(atTen);
		assertThat(exportAtHundred).isEqualTo(exportAtTen);
		assertThat(atTen).as("statements of the board page: %s", this.sql.statements()).isLessThanOrEqualTo(4);
	}

	@Test
	void boardShowsStatesCoverageAndPagesTheAgencies() throws Exception {
		RequestPostProcessor office = user(this.testData.principal(this.testData.office()));
		Long planId = planWith(2062, 30);
		Board board = this.boards.board(planId, null, BoardService.Sort.STATE,
				org.springframework.data.domain.PageRequest.of(0, 25), this.testData.office().toCurrentUser());
		assertThat(board.rows().getContent()).hasSize(25);
		assertThat(board.rows().getTotalElements()).isEqualTo(30);
		assertThat(board.counts().get(BoardState.ON_TIME)).isEqualTo(5);
		assertThat(board.counts().get(BoardState.DRAFT)).isEqualTo(5);
		assertThat(board.counts().get(BoardState.NOT_STARTED)).isEqualTo(20);
		Long group1 = board.taskGroups().get(0).id();
		assertThat(board.agenciesPerTaskGroup().get(group1)).isEqualTo(5);
		assertThat(board.uncoveredTaskGroupIds()).hasSize(7).doesNotContain(group1);
		this.mvc.perform(get("/plans/{p}/board", planId).param("state", "ON_TIME").with(office))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("uncovered")));
	}


	@Test
	void filtersSortsAndPagesInTheDatabase() {
		Long planId = planWith(2063, 30);
		var office = this.testData.office().toCurrentUser();
		Board onTime = this.boards.board(planId, BoardState.ON_TIME, BoardService.Sort.NAME,
				org.springframework.data.domain.PageRequest.of(1, 2), office);
		assertThat(onTime.rows().getTotalElements()).isEqualTo(5);
		assertThat(onTime.rows().getContent()).hasSize(2).allMatch(r -> r.state() == BoardState.ON_TIME);
		Board last = this.boards.board(planId, BoardState.ON_TIME, BoardService.Sort.NAME,
				org.springframework.data.domain.PageRequest.of(2, 2), office);
		assertThat(last.rows().getContent()).hasSize(1);
		Board beyond = this.boards.board(planId, null, BoardService.Sort.NAME,
				org.springframework.data.domain.PageRequest.of(5, 25), office);
		assertThat(beyond.rows().getContent()).isEmpty();
		assertThat(beyond.rows().getTotalElements()).isEqualTo(30);
		// the whole board in state order: not started first, then drafts, then on time (BoardState's order)
		Board byState = this.boards.board(planId, null, BoardService.Sort.STATE,
				org.springframework.data.domain.PageRequest.of(0, 30), office);
		List<BoardState> states = byState.rows().getContent().stream().map(BoardRow::state).toList();
		assertThat(states).isSortedAccordingTo(java.util.Comparator.naturalOrder());
		// by name: the database's Vietnamese collation, the same order as the export
		List<String> names = this.boards.exportRows(planId, null, BoardService.Sort.NAME, office).stream()
			.map(BoardRow::agencyName).toList();
		assertThat(names).hasSize(30);
		assertThat(this.boards.board(planId, null, BoardService.Sort.NAME,
				org.springframework.data.domain.PageRequest.of(0, 30), office).rows().getContent().stream()
			.map(BoardRow::agencyName).toList()).isEqualTo(names);
		assertThat(onTime.rows().getContent().get(0).coveredTaskGroupIds()).hasSize(1);
	}

}
