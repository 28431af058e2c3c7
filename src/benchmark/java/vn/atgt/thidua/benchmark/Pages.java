package vn.atgt.thidua.benchmark;

import java.util.List;
import java.util.function.BiFunction;

/**
 * Every page the simulation visits, with who visits it and its budget. The same list drives the warm-up, the SQL
 * probe, the Gatling scenarios and the verdict, so a page cannot be measured without being judged.
 */
final class Pages {

	enum Who {
		OFFICE, AGENCY, REVIEWER, ANONYMOUS
	}

	enum Budget {
		/** Office, agency and reviewer pages: p95 < 100 ms, p99 < 250 ms. */
		PAGE(100, 250),
		/** Public pages: reported with the page budget, not failing the run (the issue budgets staff pages). */
		PUBLIC(100, 250),
		/** A spreadsheet export of thousands of rows: p95 < 2 s. */
		EXPORT(2000, 4000),
		/** The plan PDF: p95 < 0.5 s. */
		PDF(500, 1000);

		final int p95;

		final int p99;

		Budget(int p95, int p99) {
			this.p95 = p95;
			this.p99 = p99;
		}
	}

	static final int MAX_SQL = 6;

	/** One page; {@code url} gets the fixture and the index of the virtual user's login. */
	record Page(String name, Who who, Budget budget, int weight, BiFunction<Fixture, Integer, String> url) {

		String url(Fixture fixture, int login) {
			return this.url.apply(fixture, login);
		}
	}

	static final List<Page> ALL = List.of(
			new Page("office_home", Who.OFFICE, Budget.PAGE, 1, (f, i) -> "/"),
			new Page("board", Who.OFFICE, Budget.PAGE, 4, (f, i) -> "/plans/" + f.currentPlan() + "/board"),
			new Page("board_late_by_days", Who.OFFICE, Budget.PAGE, 2,
					(f, i) -> "/plans/" + f.currentPlan() + "/board?state=LATE&sort=DAYS&page=" + (i % 5)),
			new Page("board_page_40", Who.OFFICE, Budget.PAGE, 1, (f, i) -> "/plans/" + f.currentPlan() + "/board?page=40"),
			new Page("inbox", Who.OFFICE, Budget.PAGE, 3, (f, i) -> "/nominations/inbox"),
			new Page("inbox_page_200", Who.OFFICE, Budget.PAGE, 1, (f, i) -> "/nominations/inbox?page=200"),
			new Page("review_queue", Who.OFFICE, Budget.PAGE, 2, (f, i) -> "/subplans/review"),
			new Page("subplan_review", Who.OFFICE, Budget.PAGE, 2,
					(f, i) -> "/plans/" + f.currentPlan() + "/subplans/" + f.submittedSubPlan()),
			new Page("audit_recent", Who.OFFICE, Budget.PAGE, 2, (f, i) -> "/audit"),
			new Page("audit_search_actor", Who.OFFICE, Budget.PAGE, 2, (f, i) -> "/audit?actor=nguyen+van+an"),
			new Page("audit_search_action_dates", Who.OFFICE, Budget.PAGE, 1,
					(f, i) -> "/audit?action=subplan.&from=2024-06-01&to=2024-06-30"),
			new Page("agencies_search", Who.OFFICE, Budget.PAGE, 1, (f, i) -> "/agencies?q=binh+dong"),
			new Page("plan_page", Who.OFFICE, Budget.PAGE, 2, (f, i) -> "/plans/" + f.currentPlan()),
			new Page("board_xlsx", Who.OFFICE, Budget.EXPORT, 1, (f, i) -> "/plans/" + f.currentPlan() + "/board.xlsx"),
			new Page("audit_xlsx_10k", Who.OFFICE, Budget.EXPORT, 1,
					(f, i) -> "/audit/export?from=2024-01-01&to=2024-02-06"),
			new Page("plan_pdf", Who.OFFICE, Budget.PDF, 1, (f, i) -> "/plans/" + f.currentPlan() + "/document.pdf"),

			new Page("agency_home", Who.AGENCY, Budget.PAGE, 2, (f, i) -> "/"),
			new Page("agency_subplan", Who.AGENCY, Budget.PAGE, 3, (f, i) -> "/plans/" + f.currentPlan() + "/subplan"),
			new Page("agency_dossiers", Who.AGENCY, Budget.PAGE, 1, (f, i) -> "/nominations"),
			new Page("agency_dossier", Who.AGENCY, Budget.PAGE, 3,
					(f, i) -> "/nominations/" + f.agencies().get(i % f.agencies().size()).dossierId()),
			new Page("agency_notifications", Who.AGENCY, Budget.PAGE, 1, (f, i) -> "/notifications"),
			new Page("agency_plan", Who.AGENCY, Budget.PAGE, 1, (f, i) -> "/plans/" + f.currentPlan()),

			new Page("reviewer_dossiers", Who.REVIEWER, Budget.PAGE, 2, (f, i) -> "/nominations"),
			new Page("reviewer_dossier", Who.REVIEWER, Budget.PAGE, 3,
					(f, i) -> "/nominations/" + f.reviewers().get(i % f.reviewers().size()).dossierId()),

			new Page("public_home", Who.ANONYMOUS, Budget.PUBLIC, 1, (f, i) -> "/"),
			new Page("public_plans", Who.ANONYMOUS, Budget.PUBLIC, 1, (f, i) -> "/public/plans"),
			new Page("public_plan", Who.ANONYMOUS, Budget.PUBLIC, 3, (f, i) -> "/public/plans/" + f.currentPlan()),
			new Page("public_awards", Who.ANONYMOUS, Budget.PUBLIC, 2, (f, i) -> "/public/awards"));

	static List<Page> of(Who who) {
		return ALL.stream().filter(p -> p.who() == who).toList();
	}

	static String username(Fixture fixture, Who who, int login) {
		return switch (who) {
			case OFFICE -> fixture.office().get(login % fixture.office().size()).username();
			case AGENCY -> fixture.agencies().get(login % fixture.agencies().size()).username();
			case REVIEWER -> fixture.reviewers().get(login % fixture.reviewers().size()).username();
			case ANONYMOUS -> null;
		};
	}

	private Pages() {
	}

}
