package vn.atgt.thidua.hostile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.atgt.thidua.hostile.Routes.Route;
import vn.atgt.thidua.support.LiveServerTest;
import vn.atgt.thidua.support.WebClientSession;
import vn.atgt.thidua.support.WebClientSession.Answer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The route inventory and the role × route matrix (issue 16): every controller mapping must have an entry in
 * {@link RouteMatrix}, and every route is then requested by every role over real HTTP against the demo records —
 * own agency and another agency, assigned and unassigned reviewer, office, admin, anonymous — and with ids that
 * do not exist.
 */
class RouteMatrixTests extends LiveServerTest {

	static final Map<String, String> USERS = Map.of("own", "congan", "other", "sotttt", "reviewer", "thamdinh",
			"unassigned", "thamdinh2", "office", "vanphong", "admin", "admin");

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	@Autowired
	vn.atgt.thidua.support.TestData data;

	@Autowired
	vn.atgt.thidua.report.FieldworkService fieldwork;

	@Autowired
	vn.atgt.thidua.report.ReportAttachments reportAttachments;

	@Autowired
	vn.atgt.thidua.subplan.SubPlanAttachments subPlanAttachments;

	@Autowired
	vn.atgt.thidua.notification.Notifications notifications;

	@Autowired
	vn.atgt.thidua.account.UserAccountRepository accounts;

	@Autowired
	vn.atgt.thidua.nomination.DossierService dossiers;

	@Autowired
	vn.atgt.thidua.nomination.AppraisalService appraisal;

	@Autowired
	vn.atgt.thidua.nomination.SubmissionService submissions;

	@Autowired
	vn.atgt.thidua.nomination.AwardFormRepository awardForms;

	private static boolean recordsMade;

	/**
	 * The demo has no inspection, exemplary model, attachment or decided submission of the police: made here by the
	 * real services, so every route has a real record of the police (the "own" agency) to answer for.
	 */
	@org.junit.jupiter.api.BeforeEach
	void realRecordsOfThePolice() {
		if (recordsMade) {
			return;
		}
		recordsMade = true;
		var office = this.data.currentUser(this.data.office());
		var police = this.accounts.findWithRolesByUsername("congan").orElseThrow().toCurrentUser();
		Long agency = police.agencyId();
		Long inspection = this.fieldwork.recordInspection(agency, java.time.LocalDate.of(2024, 9, 20), "Đoàn số 1",
				"Phạm vi", "Kết quả", null, office);
		this.reportAttachments.attachToInspection(inspection, vn.atgt.thidua.shared.storage.Upload.of("bien-ban.pdf", ExactlyOnceTests.PDF), office);
		this.fieldwork.recordModel(agency, "Cổng trường an toàn", "Thành tích", "Lý do", null, police);
		this.notifications.notifyAgency(agency, "subplan.notify.accepted", List.of("1/KH"), "/plans");
		// the police's demo sub-plan and report are already submitted, and only a draft takes a file: each is put
		// back to draft for the upload by the agency itself, then given its status again
		Long plan = this.jdbc.queryForObject(Routes.PLAN_2024, Long.class);
		Long subPlan = this.jdbc.queryForObject("select min(id) from subplan where plan_id = ? and agency_id = ?",
				Long.class, plan, agency);
		Long report = this.jdbc.queryForObject("select min(id) from year_end_report where agency_id = ?", Long.class,
				agency);
		asDraft("subplan", subPlan, () -> this.subPlanAttachments.attach(plan, vn.atgt.thidua.shared.storage.Upload.of("ban-ky.pdf", ExactlyOnceTests.PDF), police));
		asDraft("year_end_report", report,
				() -> this.reportAttachments.attachToReport(report, vn.atgt.thidua.shared.storage.Upload.of("phu-luc.pdf", ExactlyOnceTests.PDF), police));
		AwardFlow.decidedAward(this.data, this.dossiers, this.appraisal, this.submissions, this.awardForms, this.jdbc,
				2090);
	}

	private void asDraft(String table, Long id, Runnable upload) {
		if (id == null) {
			return;
		}
		String status = this.jdbc.queryForObject("select status from " + table + " where id = ?", String.class, id);
		this.jdbc.update("update " + table + " set status = 'DRAFT' where id = ?", id);
		try {
			upload.run();
		}
		finally {
			this.jdbc.update("update " + table + " set status = ? where id = ?", status, id);
		}
	}

	@Test
	void everyRouteHasAnEntryInTheMatrix() {
		Set<String> routes = Routes.all(this.mapping).stream().map(Route::key).collect(Collectors.toCollection(TreeSet::new));
		Set<String> missing = new TreeSet<>(routes);
		missing.removeAll(RouteMatrix.ROUTES.keySet());
		Set<String> stale = new TreeSet<>(RouteMatrix.ROUTES.keySet());
		stale.removeAll(routes);
		assertThat(missing).as("routes without an entry in RouteMatrix").isEmpty();
		assertThat(stale).as("entries of RouteMatrix that are no route").isEmpty();
		assertThat(RouteMatrix.ROUTES.values()).allSatisfy(policy -> assertThat(RouteMatrix.POLICIES).containsKey(policy));
		System.out.printf("route inventory: %d routes, all in the matrix%n", routes.size());
	}

	@Test
	void everyRoleGetsTheAnswerTheMatrixGives() {
		Map<String, WebClientSession> sessions = new LinkedHashMap<>();
		sessions.put("anonymous", anonymous());
		USERS.forEach((role, user) -> sessions.put(role, signedIn(user)));
		List<String> wrong = new ArrayList<>();
		int requests = 0;
		for (Route route : Routes.all(this.mapping)) {
			String policy = RouteMatrix.ROUTES.get(route.key());
			if (policy == null) {
				continue;
			}
			List<String> expected = List.of(RouteMatrix.POLICIES.get(policy).split(" "));
			String path = route.path(Routes.realValues(route, this.jdbc));
			for (int i = 0; i < RouteMatrix.ROLES.size(); i++) {
				String role = RouteMatrix.ROLES.get(i);
				String answer = classify(route, request(sessions.get(role), route, path));
				requests++;
				if (!answer.equals(expected.get(i))) {
					wrong.add(route.key() + " as " + role + ": expected " + expected.get(i) + ", got " + answer);
				}
			}
		}
		System.out.printf("role matrix: %d requests%n", requests);
		assertThat(wrong).isEmpty();
	}

	@Test
	void aMissingIdAnswers404ToEveryoneAllowedOnTheRoute() {
		Map<String, WebClientSession> sessions = new LinkedHashMap<>();
		List<String> wrong = new ArrayList<>();
		for (Route route : Routes.all(this.mapping)) {
			List<String> ids = route.variables().stream().filter(v -> !v.equals("format")).toList();
			String policy = RouteMatrix.ROUTES.get(route.key());
			if (ids.isEmpty() || policy == null || !route.method().equals("GET")) {
				continue;
			}
			List<String> expected = List.of(RouteMatrix.POLICIES.get(policy).split(" "));
			Map<String, String> values = new LinkedHashMap<>(Routes.realValues(route, this.jdbc));
			ids.forEach(v -> values.put(v, "999999999"));
			for (int i = 1; i < RouteMatrix.ROLES.size(); i++) {
				if (!expected.get(i).equals("ok")) {
					continue;
				}
				String role = RouteMatrix.ROLES.get(i);
				WebClientSession session = sessions.computeIfAbsent(role, r -> signedIn(USERS.get(r)));
				Answer answer = request(session, route, route.path(values));
				if (answer.status() != 404 || HostileInputTests.problem(answer) != null) {
					wrong.add(route.key() + " as " + role + " with missing ids: " + answer.status());
				}
			}
		}
		assertThat(wrong).isEmpty();
	}

	/**
	 * A POST carries a value of the right type for each request parameter, so that it reaches the role check
	 * (which runs after binding) instead of stopping at a 400 for a missing parameter; an upload sends a file.
	 */
	private Answer request(WebClientSession session, Route route, String path) {
		if (!route.method().equals("POST")) {
			return session.get(path);
		}
		String planId = String.valueOf(this.jdbc.queryForObject(Routes.PLAN_2024, Long.class));
		List<Map.Entry<String, String>> fields = new ArrayList<>();
		String fileField = null;
		for (org.springframework.core.MethodParameter parameter : route.handler().getMethodParameters()) {
			org.springframework.web.bind.annotation.RequestParam param = parameter
				.getParameterAnnotation(org.springframework.web.bind.annotation.RequestParam.class);
			if (param == null) {
				continue;
			}
			String name = !param.name().isEmpty() ? param.name() : parameter.getParameterName();
			Class<?> type = parameter.getParameterType();
			if (org.springframework.web.multipart.MultipartFile.class.isAssignableFrom(type)) {
				fileField = name;
			}
			else if (name.equals("planId")) {
				fields.add(Map.entry(name, planId));
			}
			else if (!Map.class.isAssignableFrom(type)) {
				fields.add(Map.entry(name, dummy(type)));
			}
		}
		return fileField == null ? session.post(path, fields)
				: session.postMultipart(path, fields, fileField, "x.pdf", ExactlyOnceTests.PDF);
	}

	private static String dummy(Class<?> type) {
		if (type == boolean.class || type == Boolean.class) {
			return "false";
		}
		if (type == java.time.LocalDate.class) {
			return "2024-01-01";
		}
		if (type.isEnum()) {
			return type.getEnumConstants()[0].toString();
		}
		if (type == String.class) {
			return "x";
		}
		return "0";
	}

	static String classify(Route route, Answer answer) {
		int status = answer.status();
		if (status >= 500) {
			return "5xx";
		}
		if (status == 302 && String.valueOf(answer.header("Location")).contains("/login")) {
			return "login";
		}
		if (status == 403 || status == 404) {
			return String.valueOf(status);
		}
		boolean post = route.method().equals("POST");
		if (status < 400 || (post && (status == 400 || status == 409))) {
			return "ok";
		}
		return String.valueOf(status);
	}

}
