package vn.atgt.thidua.hostile;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The expected answer of every route for every role (issue 16: the role × route matrix). A route that is not here
 * fails {@code RouteMatrixTests}: whoever adds a controller mapping decides who may reach it.
 *
 * <p>Roles, in this order: anonymous, AGENCY of the record's own agency (congan, Công an tỉnh), AGENCY of another
 * agency (sotttt), REVIEWER assigned to the police's dossier (thamdinh), REVIEWER not assigned (thamdinh2),
 * OFFICE (vanphong), ADMIN (admin). Answers: {@code ok} (allowed: a page, a file, a redirect other than to the
 * sign-in page, or for a POST a validation answer), {@code login} (sent to the sign-in page), {@code 403},
 * {@code 404} (the same as a record that does not exist).
 */
final class RouteMatrix {

	static final List<String> ROLES = List.of("anonymous", "own", "other", "reviewer", "unassigned", "office", "admin");

	static final Map<String, String> POLICIES = Map.ofEntries(
			Map.entry("PUBLIC", "ok ok ok ok ok ok ok"),
			Map.entry("SIGNED_IN", "login ok ok ok ok ok ok"),
			Map.entry("OFFICE", "login 403 403 403 403 ok ok"),
			Map.entry("ADMIN", "login 403 403 403 403 403 ok"),
			// an agency's own page under a plan it takes part in (both agencies take part in the 2024 plan)
			Map.entry("AGENCY", "login ok ok 403 403 403 403"),
			// an AGENCY-only action on a record of the police
			Map.entry("AGENCY_RECORD", "login ok 404 403 403 403 403"),
			// office or agency, on a record of the police
			Map.entry("FIELDWORK_RECORD", "login ok 404 403 403 ok ok"),
			// office or agency, a list or a form scoped to the user's own agency
			Map.entry("FIELDWORK", "login ok ok 403 403 ok ok"),
			// the police's dossier: its agency, the reviewer put before it, the office
			Map.entry("DOSSIER", "login ok 404 ok 404 ok ok"),
			// the police's sub-plan: its agency and the office; reviewers never (issue 16 class 2)
			Map.entry("SUBPLAN", "login ok 404 404 404 ok ok"),
			// office-only pages guarded in the service (404 like a missing record)
			Map.entry("OFFICE_BY_SERVICE", "login 404 404 404 404 ok ok"),
			// province-wide figures: the office and the provincial police enter them
			Map.entry("FIGURES_EDIT", "login ok 403 403 403 ok ok"),
			// opinions on the police's dossier: only the reviewer put before it
			Map.entry("OPINIONS", "login 403 403 ok 404 403 403"),
			// a notification addressed to the police: only its recipients
			Map.entry("NOTIFICATION", "login ok 404 404 404 404 404"),
			// a record the demo data has none of (the route is proved by its own tests)
			Map.entry("NO_DEMO_RECORD", "login 404 404 404 404 404 404"),
			// the error page asked for directly
			Map.entry("NOT_A_PAGE", "404 404 404 404 404 404 404"),
			// the second-factor step (ADR 0131): an account without an authenticator is sent on to enrol (a redirect
			// under /login)
			Map.entry("SECOND_FACTOR_STEP", "login login login login login login login"));

	static final Map<String, String> ROUTES = new TreeMap<>(Map.ofEntries(
			Map.entry("GET /", "PUBLIC"),
			Map.entry("GET /error", "NOT_A_PAGE"),
			Map.entry("GET /login", "PUBLIC"),
			Map.entry("GET /public/plans", "PUBLIC"),
			Map.entry("GET /public/plans/{id}", "PUBLIC"),
			Map.entry("GET /public/plans/{id}/print", "PUBLIC"),
			Map.entry("GET /public/plans/{id}/document.pdf", "PUBLIC"),
			Map.entry("GET /public/awards", "PUBLIC"),
			Map.entry("GET /public/awards/plans/{planId}", "PUBLIC"),
			Map.entry("GET /public/models", "PUBLIC"),
			Map.entry("GET /account/password", "SIGNED_IN"),
			Map.entry("POST /account/password", "SIGNED_IN"),
			Map.entry("GET /notifications", "SIGNED_IN"),
			Map.entry("GET /notifications/badge", "SIGNED_IN"),
			Map.entry("POST /notifications/read-all", "SIGNED_IN"),
			Map.entry("POST /notifications/{id}/open", "NOTIFICATION"),
			Map.entry("GET /plans", "SIGNED_IN"),
			Map.entry("GET /plans/{id}", "SIGNED_IN"),
			Map.entry("GET /plans/{id}/print", "SIGNED_IN"),
			Map.entry("GET /plans/{id}/document.pdf", "SIGNED_IN"),
			Map.entry("GET /plans/{id}/document.docx", "SIGNED_IN"),
			Map.entry("GET /plans/{planId}/targets", "SIGNED_IN"),
			Map.entry("POST /plans/{planId}/targets/{targetId}/assessment", "OFFICE"),
			Map.entry("GET /statistics", "SIGNED_IN"),
			Map.entry("GET /subplans", "SIGNED_IN"),
			Map.entry("GET /nominations", "SIGNED_IN"),
			Map.entry("GET /plans/new", "OFFICE"),
			Map.entry("POST /plans/new", "OFFICE"),
			Map.entry("GET /plans/{id}/edit", "OFFICE"),
			Map.entry("POST /plans/{id}/edit", "OFFICE"),
			Map.entry("GET /plans/{id}/publish", "OFFICE"),
			Map.entry("POST /plans/{id}/publish", "OFFICE"),
			Map.entry("POST /plans/{id}/close", "OFFICE"),
			Map.entry("POST /plans/{id}/copy", "OFFICE"),
			Map.entry("GET /plans/{id}/participants", "OFFICE"),
			Map.entry("POST /plans/{id}/participants", "OFFICE"),
			Map.entry("GET /plans/{planId}/reminders", "OFFICE"),
			Map.entry("POST /plans/{planId}/reminders", "OFFICE"),
			Map.entry("GET /escalations", "OFFICE"),
			Map.entry("GET /admin/reminders", "OFFICE"),
			Map.entry("POST /admin/reminders/run", "OFFICE"),
			Map.entry("GET /admin/outbox", "ADMIN"),
			Map.entry("POST /admin/outbox/send", "ADMIN"),
			Map.entry("POST /admin/outbox/{id}/retry", "ADMIN"),
			Map.entry("GET /audit", "OFFICE"),
			Map.entry("GET /audit/export", "OFFICE"),
			Map.entry("GET /accounts", "OFFICE"),
			Map.entry("GET /accounts/new", "OFFICE"),
			Map.entry("POST /accounts/new", "OFFICE"),
			Map.entry("POST /accounts/{id}/enable", "OFFICE"),
			Map.entry("POST /accounts/{id}/reset", "OFFICE"),
			Map.entry("POST /accounts/{id}/role", "OFFICE"),
			Map.entry("POST /accounts/{id}/second-factor/reset", "ADMIN"),
			Map.entry("GET /login/totp", "SECOND_FACTOR_STEP"),
			Map.entry("POST /login/totp", "SECOND_FACTOR_STEP"),
			Map.entry("GET /login/totp/enrol", "SIGNED_IN"),
			Map.entry("POST /login/totp/enrol", "SIGNED_IN"),
			Map.entry("GET /login/totp/enrol/qr.svg", "SIGNED_IN"),
			Map.entry("GET /agencies", "OFFICE"),
			Map.entry("GET /agencies/new", "OFFICE"),
			Map.entry("POST /agencies/new", "OFFICE"),
			Map.entry("GET /agencies/{id}/edit", "OFFICE"),
			Map.entry("POST /agencies/{id}/edit", "OFFICE"),
			Map.entry("GET /agencies/import", "OFFICE"),
			Map.entry("POST /agencies/import", "OFFICE"),
			Map.entry("GET /agencies/template.xlsx", "OFFICE"),
			Map.entry("GET /subplans/review", "OFFICE"),
			Map.entry("POST /plans/{planId}/subplans/{id}/accept", "OFFICE"),
			Map.entry("POST /plans/{planId}/subplans/{id}/return", "OFFICE"),
			Map.entry("GET /plans/{planId}/board", "OFFICE_BY_SERVICE"),
			Map.entry("GET /plans/{planId}/board.xlsx", "OFFICE_BY_SERVICE"),
			Map.entry("POST /plans/{planId}/board/urge", "OFFICE"),
			Map.entry("POST /plans/{planId}/board/reminder-letter", "OFFICE"),
			Map.entry("GET /plans/{planId}/board/reminder-letter.pdf", "OFFICE"),
			Map.entry("GET /plans/{planId}/board/reminder-letter.docx", "OFFICE"),
			Map.entry("GET /plans/{planId}/subplans/{id}", "SUBPLAN"),
			Map.entry("GET /plans/{planId}/subplans/{id}/attachments/{attachmentId}", "SUBPLAN"),
			Map.entry("GET /plans/{planId}/subplans/{id}/document.pdf", "SUBPLAN"),
			Map.entry("GET /plans/{planId}/subplans/{id}/document.docx", "SUBPLAN"),
			Map.entry("GET /plans/{planId}/subplan", "AGENCY"),
			Map.entry("POST /plans/{planId}/subplan", "AGENCY"),
			Map.entry("POST /plans/{planId}/subplan/attachments", "AGENCY"),
			// the agency's own sub-plan as a document: the other agency has none in the 2024 plan (404)
			Map.entry("GET /plans/{planId}/subplan/document.pdf", "AGENCY_RECORD"),
			Map.entry("GET /plans/{planId}/subplan/document.docx", "AGENCY_RECORD"),
			Map.entry("GET /plans/{planId}/report", "AGENCY"),
			Map.entry("POST /plans/{planId}/report", "AGENCY"),
			Map.entry("GET /plans/{planId}/reports/consolidated", "OFFICE"),
			Map.entry("GET /plans/{planId}/reports/consolidated.xlsx", "OFFICE"),
			Map.entry("GET /plans/{planId}/reports/consolidated.pdf", "OFFICE"),
			Map.entry("GET /plans/{planId}/reports/consolidated.docx", "OFFICE"),
			Map.entry("GET /reports", "OFFICE"),
			Map.entry("GET /reports/{id}", "FIELDWORK_RECORD"),
			Map.entry("GET /reports/{id}/document.{format}", "FIELDWORK_RECORD"),
			Map.entry("POST /reports/{id}/return", "OFFICE"),
			Map.entry("POST /reports/{id}/accept", "OFFICE"),
			Map.entry("POST /reports/{id}/attachments", "AGENCY_RECORD"),
			Map.entry("GET /reports/{id}/attachments/{attachmentId}", "FIELDWORK_RECORD"),
			Map.entry("GET /inspections", "FIELDWORK"),
			Map.entry("GET /inspections/{id}", "FIELDWORK_RECORD"),
			Map.entry("GET /inspections/new", "OFFICE"),
			Map.entry("POST /inspections/new", "OFFICE"),
			Map.entry("POST /inspections/{id}/attachments", "OFFICE"),
			Map.entry("GET /inspections/{id}/attachments/{attachmentId}", "FIELDWORK_RECORD"),
			Map.entry("GET /models", "FIELDWORK"),
			Map.entry("GET /models/{id}", "FIELDWORK_RECORD"),
			Map.entry("GET /models/new", "FIELDWORK"),
			Map.entry("POST /models/new", "FIELDWORK"),
			Map.entry("POST /models/{id}/spread", "OFFICE"),
			Map.entry("GET /statistics/new", "FIGURES_EDIT"),
			Map.entry("POST /statistics/new", "FIGURES_EDIT"),
			Map.entry("GET /statistics/{id}/edit", "FIGURES_EDIT"),
			Map.entry("POST /statistics/{id}/edit", "FIGURES_EDIT"),
			Map.entry("GET /statistics/import", "FIGURES_EDIT"),
			Map.entry("POST /statistics/import", "FIGURES_EDIT"),
			Map.entry("GET /statistics/template.xlsx", "FIGURES_EDIT"),
			Map.entry("POST /nominations/new", "AGENCY"),
			Map.entry("GET /nominations/{id}", "DOSSIER"),
			Map.entry("GET /nominations/{id}/parts/{partId}", "DOSSIER"),
			Map.entry("GET /nominations/{id}/list.xlsx", "DOSSIER"),
			Map.entry("POST /nominations/{id}/parts", "AGENCY_RECORD"),
			Map.entry("POST /nominations/{id}/nominees", "AGENCY_RECORD"),
			Map.entry("POST /nominations/{id}/nominees/{nomineeId}/remove", "AGENCY_RECORD"),
			Map.entry("GET /nominations/{id}/nominees/{nomineeId}/edit", "AGENCY_RECORD"),
			Map.entry("POST /nominations/{id}/nominees/{nomineeId}/edit", "AGENCY_RECORD"),
			Map.entry("POST /nominations/{id}/parts/{partId}/replace", "AGENCY_RECORD"),
			Map.entry("POST /nominations/{id}/parts/{partId}/remove", "AGENCY_RECORD"),
			Map.entry("POST /nominations/{id}/submit", "AGENCY_RECORD"),
			Map.entry("GET /nominations/{id}/nominees/template.xlsx", "AGENCY_RECORD"),
			Map.entry("POST /nominations/{id}/nominees/import", "AGENCY_RECORD"),
			Map.entry("POST /nominations/{id}/opinions", "OPINIONS"),
			Map.entry("POST /nominations/{id}/recusal", "OPINIONS"),
			Map.entry("GET /nominations/award-forms/{id}/criteria", "OFFICE"),
			Map.entry("POST /nominations/award-forms/{id}/criteria", "OFFICE"),
			Map.entry("GET /nominations/inbox", "OFFICE"),
			Map.entry("POST /nominations/{id}/receive", "OFFICE"),
			Map.entry("POST /nominations/{id}/return", "OFFICE"),
			Map.entry("POST /nominations/{id}/reviewers", "OFFICE"),
			Map.entry("POST /nominations/{id}/appraise", "OFFICE"),
			Map.entry("GET /nominations/award-forms", "OFFICE"),
			Map.entry("GET /nominations/report-forms", "OFFICE"),
			Map.entry("POST /nominations/report-forms/{id}", "OFFICE"),
			Map.entry("GET /nominations/{id}/nominees/{nomineeId}/confirmation", "AGENCY_RECORD"),
			Map.entry("POST /nominations/{id}/nominees/{nomineeId}/confirmation", "AGENCY_RECORD"),
			Map.entry("GET /nominations/{id}/nominees/{nomineeId}/notice", "OFFICE"),
			Map.entry("POST /nominations/{id}/nominees/{nomineeId}/notice", "OFFICE"),
			// the demo has no notice yet (no nominee failed): 404 for everyone; who reads one is proved in NoticeTests
			Map.entry("GET /nominations/{id}/notices/{noticeId}/document.pdf", "NO_DEMO_RECORD"),
			Map.entry("GET /nominations/{id}/notices/{noticeId}/document.docx", "NO_DEMO_RECORD"),
			Map.entry("GET /nominations/award-forms/{id}/edit", "OFFICE"),
			Map.entry("POST /nominations/award-forms/{id}/edit", "OFFICE"),
			Map.entry("GET /nominations/submissions", "OFFICE"),
			Map.entry("POST /nominations/submissions", "OFFICE"),
			Map.entry("GET /nominations/submissions/{id}", "OFFICE"),
			Map.entry("GET /nominations/submissions/{id}/list.xlsx", "OFFICE"),
			Map.entry("GET /nominations/submissions/{id}/document.pdf", "OFFICE"),
			Map.entry("GET /nominations/submissions/{id}/document.docx", "OFFICE"),
			Map.entry("POST /nominations/submissions/{id}/decision", "OFFICE"),
			Map.entry("POST /nominations/submissions/{id}/nominees/{nomineeId}/revoke", "OFFICE")));

	private RouteMatrix() {
	}

}
