package vn.atgt.thidua.hostile;

import java.beans.PropertyDescriptor;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.atgt.thidua.hostile.Routes.Route;
import vn.atgt.thidua.support.LiveServerTest;
import vn.atgt.thidua.support.WebClientSession;
import vn.atgt.thidua.support.WebClientSession.Answer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hostile-input sweep (issue 16, class 3): every route's path variables, query parameters and form fields —
 * found from the handler mapping and the forms' bean properties, not listed by hand — get a NUL byte, 100,000
 * characters, malformed, huge and negative numbers, impossible dates and out-of-range, negative and non-numeric
 * list indexes. No answer may be a 5xx or a page that is not the application's own (Whitelabel, Tomcat, English
 * framework text).
 */
class HostileInputTests extends LiveServerTest {

	static final String NUL = "a\u0000b";

	static final String HUGE = "x".repeat(100_000);

	/** For form fields: every kind of hostile value, the 100,000 characters included. */
	static final List<String> VALUES = List.of(NUL, HUGE, "-1", "99999999999999999999", "1e3", "abc", "2024-13-45");

	/**
	 * For query parameters: a 100,000-character URL is refused by the container before any route is chosen (checked
	 * once in {@link #errorsRaisedOutsideControllersGetTheApplicationsOwnPages}), so it is left out here.
	 */
	static final List<String> QUERY_VALUES = List.of(NUL, "-1", "99999999999999999999", "2147483648", "1e3", "abc",
			"2024-13-45");

	static final List<String> BAD_IDS = List.of("abc", "1.5", "12345678901234567890", "-1", "%00", "1e3");

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	private final Map<String, WebClientSession> sessions = new LinkedHashMap<>();

	private final List<String> failures = new ArrayList<>();

	private int requests;

	@Test
	void noRouteAnswersServerErrorOrFrameworkPageToHostilePathsAndParameters() {
		List<Route> routes = Routes.all(this.mapping);
		for (Route route : routes) {
			WebClientSession session = sessionFor(route);
			Map<String, String> real = Routes.realValues(route, this.jdbc);
			for (String variable : route.variables()) {
				for (String bad : BAD_IDS) {
					Map<String, String> values = new LinkedHashMap<>(real);
					values.put(variable, bad);
					check(route, session, route.path(values), List.of());
				}
			}
			for (String name : parameterNames(route)) {
				for (String value : QUERY_VALUES) {
					check(route, session, route.path(real), List.of(Map.entry(name, value)));
				}
			}
		}
		System.out.printf("hostile sweep: %d routes, %d requests%n", routes.size(), this.requests);
		assertThat(this.failures).isEmpty();
	}

	@Test
	void formsRefuseHostileFieldsAndListIndexesWithoutServerError() {
		List<Route> posts = Routes.all(this.mapping).stream().filter(r -> r.method().equals("POST")).toList();
		int forms = 0;
		for (Route route : posts) {
			List<String> fields = formFields(route);
			if (fields.isEmpty()) {
				continue;
			}
			forms++;
			WebClientSession session = sessionFor(route);
			String path = route.path(Routes.realValues(route, this.jdbc));
			List<String> plain = fields.stream().filter(f -> !f.matches(".*\\[(?!0]).*")).toList();
			// every plain field gets the same hostile value in one request: binding collects every field's error
			for (String value : VALUES) {
				List<Map.Entry<String, String>> body = new ArrayList<>();
				plain.forEach(f -> body.add(Map.entry(f, value)));
				if (!plain.contains("version")) {
					body.add(Map.entry("version", "0"));
				}
				check(route, session, path, body);
			}
			// a hostile row index stops binding at once: one request each
			for (String indexed : fields.stream().filter(f -> !plain.contains(f)).toList()) {
				check(route, session, path, List.of(Map.entry(indexed, "x"), Map.entry("version", "0")));
			}
		}
		System.out.printf("hostile forms: %d forms, %d requests%n", forms, this.requests);
		assertThat(this.failures).isEmpty();
		assertThat(forms).as("forms found").isGreaterThan(15);
	}

	@Test
	void hugeAndMalformedPageNumbersAreClampedOrRefused() {
		for (String path : List.of("/public/awards", "/accounts", "/agencies", "/plans", "/audit", "/nominations")) {
			WebClientSession session = path.startsWith("/public") ? anonymous() : signedIn("admin");
			for (String page : List.of("99999999", "2147483648", "%00", "1e3", "-5", "abc")) {
				Answer answer = session.get(path + "?page=" + page);
				assertThat(answer.status()).as(path + "?page=" + page).isIn(200, 302, 400);
				assertOwnPage(answer, path + "?page=" + page);
			}
		}
	}

	@Test
	void aLangCookieWithANulByteFallsBackToVietnameseOrGetsTheVietnamese400Page() throws Exception {
		for (String cookie : List.of("lang=%00", "lang=vi%00en", "lang=\"\\u0000\"", "lang=xx-!!")) {
			Answer answer = anonymous().send(java.net.http.HttpRequest.newBuilder(anonymous().uri("/public/plans"))
				.header("Cookie", cookie));
			assertThat(answer.status()).as(cookie).isEqualTo(200);
			assertThat(answer.body()).as(cookie).contains("lang=\"vi\"");
		}
		// a raw NUL byte in a header is refused by the container itself: its page is ours too
		String response = raw("GET /public/plans HTTP/1.1\r\nHost: localhost\r\nCookie: lang=v\u0000i\r\n"
				+ "Connection: close\r\n\r\n");
		assertThat(response).matches("(?s)HTTP/1.1 (200|400).*");
		assertThat(response).contains("navbar-brand").doesNotContain("HTTP Status");
	}

	@Test
	void aThousandCharacterUserNameAtSignInIsAnsweredByTheSignInPage() {
		WebClientSession session = anonymous();
		session.get("/login");
		Answer answer = session.post("/login", List.of(Map.entry("username", "u".repeat(1_500) + "\u0000"),
				Map.entry("password", "x")));
		assertThat(answer.status()).isEqualTo(302);
		assertThat(answer.header("Location")).contains("/login?error");
	}

	@Test
	void theLangCookieIsHttpOnlyAndSameSite() {
		Answer answer = anonymous().get("/public/plans?lang=en");
		assertThat(answer.headers("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie).startsWith("lang=")
			.contains("HttpOnly").contains("SameSite=Lax"));
	}

	@Test
	void errorsRaisedOutsideControllersGetTheApplicationsOwnPages() throws Exception {
		WebClientSession office = signedIn("vanphong");
		// Spring Security's firewall (encoded slash, semicolon), an unknown path, a wrong method, a wrong media type
		for (String path : List.of("/plans/%2e%2e/x", "/plans;jsessionid=1/1", "/no/such/page", "/plans/1%00",
				"/plans?page=" + HUGE, "/error")) {
			Answer answer = office.get(path);
			assertThat(answer.status()).as(path).isIn(400, 404);
			assertOwnPage(answer, path);
		}
		// a malformed escape no HTTP client library would send
		String malformed = raw("GET /plans/% HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
		assertThat(malformed).startsWith("HTTP/1.1 400").contains("navbar-brand").doesNotContain("HTTP Status");
		Answer wrongMethod = office.send(java.net.http.HttpRequest.newBuilder(office.uri("/plans/new"))
			.method("PUT", java.net.http.HttpRequest.BodyPublishers.ofString("x"))
			.header("X-CSRF-TOKEN", office.csrf()));
		assertThat(wrongMethod.status()).isEqualTo(405);
		assertOwnPage(wrongMethod, "PUT /plans/new");
		Answer wrongType = office.send(java.net.http.HttpRequest.newBuilder(office.uri("/plans/new"))
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}"))
			.header("Content-Type", "application/json")
			.header("X-CSRF-TOKEN", office.csrf()));
		assertThat(wrongType.status()).isLessThan(500);
		assertOwnPage(wrongType, "POST json /plans/new");
	}

	private void check(Route route, WebClientSession session, String path, List<Map.Entry<String, String>> params) {
		this.requests++;
		Answer answer;
		try {
			if (route.method().equals("POST")) {
				answer = session.post(path, params);
			}
			else {
				String query = params.stream()
					.map(e -> WebClientSession.encode(e.getKey()) + "=" + WebClientSession.encode(e.getValue()))
					.reduce((a, b) -> a + "&" + b).map(q -> "?" + q).orElse("");
				answer = session.get(path + query);
			}
		}
		catch (RuntimeException ex) {
			this.failures.add(route.key() + " " + path + " " + describe(params) + " → no answer: " + ex.getMessage());
			return;
		}
		String problem = problem(answer);
		if (problem != null) {
			this.failures.add(route.key() + " " + path + " " + describe(params) + " → " + answer.status() + " " + problem);
		}
	}

	private static String describe(List<Map.Entry<String, String>> params) {
		return params.stream().map(e -> e.getKey() + "=" + (e.getValue().length() > 20
				? e.getValue().length() + " chars" : e.getValue().replace("\u0000", "\\0"))).toList().toString();
	}

	static String problem(Answer answer) {
		String body = answer.body();
		if (answer.status() >= 500) {
			return "server error";
		}
		if (body.contains("Whitelabel Error Page") || body.contains("There was an unexpected error")
				|| body.contains("HTTP Status ") || body.contains("Apache Tomcat")
				|| body.contains("This application has no explicit mapping")) {
			return "framework page";
		}
		String type = String.valueOf(answer.header("Content-Type"));
		if (answer.status() >= 400 && !(type.startsWith("text/html") && body.contains("navbar-brand"))) {
			return "not the application's page (" + type + ")";
		}
		return null;
	}

	private static void assertOwnPage(Answer answer, String what) {
		assertThat(problem(answer)).as(what).isNull();
	}

	private WebClientSession sessionFor(Route route) {
		String guard = route.guard();
		String user;
		if (route.pattern().startsWith("/public/") || route.pattern().equals("/login")) {
			user = null;
		}
		else if (guard.contains("REVIEWER")) {
			user = "thamdinh";
		}
		else if (guard.contains("AGENCY") && !guard.contains("OFFICE")) {
			user = "congan";
		}
		else if (guard.contains("ADMIN") && !guard.contains("OFFICE")) {
			user = "admin";
		}
		else {
			user = "vanphong";
		}
		return this.sessions.computeIfAbsent(String.valueOf(user), u -> u.equals("null") ? anonymous() : signedIn(u));
	}

	/** The names of the route's simple request parameters (and "page" for every GET). */
	static List<String> parameterNames(Route route) {
		List<String> names = new ArrayList<>();
		if (route.method().equals("GET")) {
			names.add("page");
		}
		for (MethodParameter parameter : route.handler().getMethodParameters()) {
			RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
			if (param != null && !Map.class.isAssignableFrom(parameter.getParameterType())
					&& !org.springframework.web.multipart.MultipartFile.class.isAssignableFrom(parameter.getParameterType())) {
				String name = !param.name().isEmpty() ? param.name() : parameter.getParameterName();
				if (name != null && !names.contains(name)) {
					names.add(name);
				}
			}
		}
		return names;
	}

	/** The fields of the route's form objects (nested rows as {@code items[0].content}) and hostile row indexes. */
	static List<String> formFields(Route route) {
		List<String> fields = new ArrayList<>();
		for (MethodParameter parameter : route.handler().getMethodParameters()) {
			if (parameter.hasParameterAnnotation(PathVariable.class)
					|| parameter.hasParameterAnnotation(RequestParam.class)) {
				if (Map.class.isAssignableFrom(parameter.getParameterType())) {
					fields.add("pass_" + Long.MAX_VALUE);
					fields.add("reason_1");
				}
				continue;
			}
			Class<?> type = parameter.getParameterType();
			if (type.getName().startsWith("vn.atgt.thidua") && type.getSimpleName().endsWith("Form")) {
				collect(type, "", fields, 0);
			}
		}
		return fields;
	}

	private static void collect(Class<?> type, String prefix, List<String> fields, int depth) {
		for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(type)) {
			if (property.getWriteMethod() == null) {
				continue;
			}
			String name = prefix + property.getName();
			Class<?> propertyType = property.getPropertyType();
			if (Collection.class.isAssignableFrom(propertyType)) {
				Class<?> element = ResolvableType.forMethodReturnType(property.getReadMethod()).asCollection()
					.resolveGeneric(0);
				if (element != null && element.getName().startsWith("vn.atgt.thidua") && depth < 2) {
					collect(element, name + "[0].", fields, depth + 1);
					for (String index : List.of("99999", "-1", "abc", "1.5", "2147483648")) {
						String first = BeanUtils.getPropertyDescriptors(element).length > 1
								? firstWritable(element) : "x";
						fields.add(name + "[" + index + "]." + first);
					}
				}
				else {
					fields.add(name);
					fields.add(name + "[99999]");
					fields.add(name + "[-1]");
				}
			}
			else if (propertyType.getName().startsWith("vn.atgt.thidua") && !propertyType.isEnum() && depth < 2) {
				collect(propertyType, name + ".", fields, depth + 1);
			}
			else {
				fields.add(name);
			}
		}
	}

	private static String firstWritable(Class<?> type) {
		return new TreeMap<String, PropertyDescriptor>(java.util.Arrays.stream(BeanUtils.getPropertyDescriptors(type))
			.filter(p -> p.getWriteMethod() != null)
			.collect(java.util.stream.Collectors.toMap(PropertyDescriptor::getName, p -> p))).firstKey();
	}

	private String raw(String request) throws Exception {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(20_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.UTF_8));
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
