package vn.atgt.thidua.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counts the SQL statements one request of each page runs, with PostgreSQL's pg_stat_statements (preloaded into the
 * benchmark's server; utility statements such as BEGIN and SET are not tracked, matching what the statement-count
 * tests count through datasource-proxy). The application is idle meanwhile; a scheduled job that happens to run
 * during one request is filtered out by keeping the smallest of three tries. The session store's statements (Spring
 * Session JDBC loads, touches and saves the session: a constant per request, ADR 0121) and the event registry's are
 * not the page's, and are left out as the tests' {@code SqlStatementCounter} leaves them out.
 */
final class SqlProbe {

	private static final String TOTAL = "select coalesce(sum(calls), 0) from pg_stat_statements "
			+ "where query not ilike '%pg_stat_statements%' and query !~* '\\m(spring_session|spring_session_attributes|event_publication)\\M'";

	private final String jdbcUrl;

	SqlProbe(String jdbcUrl) {
		this.jdbcUrl = jdbcUrl;
	}

	/** The statements per page, and the status each page answered with. */
	Map<String, long[]> measure(Fixture fixture, String base) throws Exception {
		Map<String, long[]> result = new LinkedHashMap<>();
		try (Connection c = DriverManager.getConnection(this.jdbcUrl, "postgres", "")) {
			exec(c, "create extension if not exists pg_stat_statements");
			Map<Pages.Who, Browser> browsers = new LinkedHashMap<>();
			for (Pages.Who who : Pages.Who.values()) {
				browsers.put(who, new Browser(base).signIn(Pages.username(fixture, who, 0), NationalDataSet.PASSWORD));
			}
			for (Pages.Page page : Pages.ALL) {
				Browser browser = browsers.get(page.who());
				String url = page.url(fixture, 0);
				browser.get(url); // once more, so nothing lazily loaded on first use is counted
				long best = Long.MAX_VALUE;
				int status = 0;
				for (int attempt = 0; attempt < 3; attempt++) {
					long before = NationalDataSet.single(c, TOTAL);
					status = browser.get(url);
					long after = NationalDataSet.single(c, TOTAL);
					best = Math.min(best, after - before); // the probe's own reads name pg_stat_statements: not counted
				}
				result.put(page.name(), new long[] { best, status });
				System.out.printf("[benchmark] %-28s %3d  %2d SQL  %s%n", page.name(), status, best, url);
			}
		}
		return result;
	}

	private static void exec(Connection c, String sql) throws SQLException {
		try (Statement s = c.createStatement()) {
			s.execute(sql);
		}
	}

}
