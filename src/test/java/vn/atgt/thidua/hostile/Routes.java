package vn.atgt.thidua.hostile;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every controller route of the application, read from Spring MVC's own handler mapping (so a new controller is
 * seen without anyone listing it), and real ids of the demo records to put in its path variables.
 */
final class Routes {

	static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

	record Route(String method, String pattern, HandlerMethod handler) {

		String key() {
			return this.method + " " + this.pattern;
		}

		List<String> variables() {
			List<String> names = new ArrayList<>();
			Matcher m = VARIABLE.matcher(this.pattern);
			while (m.find()) {
				names.add(m.group(1));
			}
			return names;
		}

		/** The role expression guarding the handler (method first, then class), or "" when only sign-in is needed. */
		String guard() {
			Method method = this.handler.getMethod();
			PreAuthorize onMethod = AnnotatedElementUtils.findMergedAnnotation(method, PreAuthorize.class);
			if (onMethod != null) {
				return onMethod.value();
			}
			PreAuthorize onClass = AnnotatedElementUtils.findMergedAnnotation(this.handler.getBeanType(),
					PreAuthorize.class);
			return onClass == null ? "" : onClass.value();
		}

		String path(Map<String, String> values) {
			Matcher m = VARIABLE.matcher(this.pattern);
			StringBuilder out = new StringBuilder();
			while (m.find()) {
				m.appendReplacement(out, Matcher.quoteReplacement(values.get(m.group(1))));
			}
			m.appendTail(out);
			return out.toString();
		}
	}

	private Routes() {
	}

	/** Every application route (framework ones such as /error left out), sorted. */
	static List<Route> all(RequestMappingHandlerMapping mapping) {
		List<Route> routes = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
			if (!entry.getValue().getBeanType().getPackageName().startsWith("vn.atgt.thidua")) {
				continue;
			}
			Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
			for (String pattern : entry.getKey().getPatternValues()) {
				if (methods.isEmpty()) {
					routes.add(new Route("GET", pattern, entry.getValue()));
				}
				for (RequestMethod method : methods) {
					routes.add(new Route(method.name(), pattern, entry.getValue()));
				}
			}
		}
		routes.sort(Comparator.comparing(Route::key));
		return routes;
	}

	/** Real ids of demo records (the 2024 plan, the police's sub-plan and dossier…); 999999 where the demo has none. */
	static Map<String, String> realValues(Route route, JdbcTemplate jdbc) {
		Map<String, String> values = new LinkedHashMap<>();
		String p = route.pattern();
		for (String name : route.variables()) {
			values.put(name, String.valueOf(realValue(p, name, jdbc)));
		}
		return values;
	}

	static final String PLAN_2024 = "select id from plan where status = 'PUBLISHED' and year = 2024 order by id limit 1";

	static final String POLICE = "select agency_id from user_account where username = 'congan'";

	private static Object realValue(String pattern, String name, JdbcTemplate jdbc) {
		String sql = switch (name) {
			case "planId" -> PLAN_2024;
			case "format" -> null;
			// a prize rate that does not exist: the sweep must not remove the seeded rates (the office is sent back
			// to the page with a warning, an allowed answer)
			case "rateId" -> null;
			case "attachmentId" -> pattern.startsWith("/plans/")
					? "select min(id) from subplan_attachment where subplan_id = (select id from subplan where plan_id = ("
							+ PLAN_2024 + ") and agency_id = (" + POLICE + "))"
					: pattern.startsWith("/inspections/")
							? "select min(id) from report_attachment where owner_type = 'INSPECTION' and owner_id = ("
									+ "select min(id) from inspection where agency_id = (" + POLICE + "))"
							: "select min(id) from report_attachment where owner_type = 'REPORT' and owner_id = ("
									+ "select min(id) from year_end_report where agency_id = (" + POLICE + "))";
			case "partId" -> "select min(id) from dossier_part where dossier_id = (select id from dossier where agency_id = ("
					+ POLICE + ") order by id limit 1)";
			case "nomineeId" -> "select min(id) from nominee where dossier_id = (select id from dossier where agency_id = ("
					+ POLICE + ") order by id limit 1)";
			default -> idOf(pattern);
		};
		if ("format".equals(name)) {
			return "pdf";
		}
		try {
			Long id = sql == null ? null : jdbc.queryForObject(sql, Long.class);
			return id == null ? 999999L : id;
		}
		catch (org.springframework.dao.DataAccessException ex) {
			return 999999L;
		}
	}

	private static String idOf(String pattern) {
		if (pattern.startsWith("/plans/{planId}/subplans/")) {
			return "select id from subplan where plan_id = (" + PLAN_2024 + ") and agency_id = (" + POLICE + ")";
		}
		if (pattern.startsWith("/plans/") || pattern.startsWith("/public/plans/")) {
			return PLAN_2024;
		}
		if (pattern.startsWith("/nominations/submissions/")) {
			return "select min(id) from consolidated_submission";
		}
		if (pattern.startsWith("/nominations/disclosures/") || pattern.startsWith("/public/disclosures/")) {
			return "select min(id) from disclosure";
		}
		if (pattern.startsWith("/nominations/report-forms/")) {
			return "select min(id) from report_form";
		}
		if (pattern.startsWith("/nominations/award-forms/")) {
			return "select min(id) from award_form";
		}
		if (pattern.startsWith("/nominations/")) {
			return "select id from dossier where agency_id = (" + POLICE + ") order by id limit 1";
		}
		if (pattern.startsWith("/reports/")) {
			return "select min(id) from year_end_report where agency_id = (" + POLICE + ")";
		}
		if (pattern.startsWith("/inspections/")) {
			return "select min(id) from inspection where agency_id = (" + POLICE + ")";
		}
		if (pattern.startsWith("/models/")) {
			return "select min(id) from exemplary_model where agency_id = (" + POLICE + ")";
		}
		if (pattern.startsWith("/statistics/")) {
			return "select min(id) from accident_figures where agency_id is null";
		}
		if (pattern.startsWith("/agencies/")) {
			return "select min(id) from agency";
		}
		if (pattern.startsWith("/accounts/")) {
			// an account no test signs in with: the sweep may disable it or reset its password
			return "select id from user_account where username = 'locbinh'";
		}
		if (pattern.startsWith("/notifications/")) {
			return "select min(id) from notification where recipient_agency_id = (" + POLICE + ")";
		}
		if (pattern.startsWith("/admin/outbox/")) {
			return "select min(id) from outbox_email";
		}
		return null;
	}

}
