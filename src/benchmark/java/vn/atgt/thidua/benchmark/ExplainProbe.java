package vn.atgt.thidua.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * EXPLAINs the searches the pages run, on the national data set, and records whether PostgreSQL uses the index
 * meant for each (the SQL mirrors AuditSearch, AgencyRepository and DossierRepository).
 */
final class ExplainProbe {

	record Check(String name, String index, String sql) {
	}

	static final List<Check> CHECKS = List.of(
			new Check("audit search by person (diacritic-insensitive)", "audit_event_actor_fold_trgm",
					"select e.* from audit_event e where fold_vi(e.actor) like fold_vi('%nguyễn văn an%') escape '\\' "
							+ "order by e.occurred_at desc, e.id desc limit 50 offset 0"),
			new Check("audit page, newest first", "audit_event_time_id",
					"select e.* from audit_event e order by e.occurred_at desc, e.id desc limit 50 offset 0"),
			new Check("audit search by agency", "audit_event_agency",
					"select e.* from audit_event e where (e.agency_id = 7 or (e.record_type = 'Agency' and e.record_id = 7)) "
							+ "order by e.occurred_at desc, e.id desc limit 50 offset 0"),
			new Check("agency search (diacritic-insensitive)", "agency_name_fold_trgm",
					"select a.id from agency a where fold_vi(a.name) like '%binh dong so 01%' "
							+ "or fold_vi(coalesce(a.short_name, '')) like '%binh dong so 01%' order by a.name, a.id limit 25"));

	static Map<String, Object> run(String jdbcUrl) throws Exception {
		Map<String, Object> result = new LinkedHashMap<>();
		try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", ""); Statement s = c.createStatement()) {
			for (Check check : CHECKS) {
				StringBuilder plan = new StringBuilder();
				try (ResultSet rs = s.executeQuery("explain (analyze, buffers off) " + check.sql())) {
					while (rs.next()) {
						plan.append(rs.getString(1)).append('\n');
					}
				}
				boolean used = plan.toString().contains(check.index());
				Map<String, Object> one = new LinkedHashMap<>();
				one.put("index", check.index());
				one.put("used", used);
				one.put("plan", plan.toString());
				result.put(check.name(), one);
				System.out.printf("[benchmark] EXPLAIN %-48s %s %s%n", check.name(), check.index(), used ? "used" : "NOT USED");
			}
		}
		return result;
	}

	private ExplainProbe() {
	}

}
