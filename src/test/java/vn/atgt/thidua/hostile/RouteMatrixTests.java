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

	private static Answer request(WebClientSession session, Route route, String path) {
		return route.method().equals("POST") ? session.post(path, List.of()) : session.get(path);
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
