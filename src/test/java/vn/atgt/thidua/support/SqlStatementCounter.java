package vn.atgt.thidua.support;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;

/**
 * Counts every JDBC statement the application runs (Hibernate, JdbcTemplate…), through datasource-proxy. The count
 * is global, so it works for MockMvc and for real HTTP requests alike: {@code reset()}, do one request, read
 * {@code count()}. Statements of the session store (Spring Session JDBC: load, touch, save — a fixed one to three per
 * request, ADR 0121) are counted apart in {@code sessionStatements()}, so page counts stay about the page.
 */
public class SqlStatementCounter implements QueryExecutionListener {

	private final AtomicLong count = new AtomicLong();

	private final AtomicLong sessionStatements = new AtomicLong();

	@Override
	public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
	}

	@Override
	public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
		for (QueryInfo query : queryInfoList) {
			boolean session = query.getQuery().toUpperCase(java.util.Locale.ROOT).contains("SPRING_SESSION");
			(session ? this.sessionStatements : this.count).incrementAndGet();
		}
	}

	public void reset() {
		this.count.set(0);
		this.sessionStatements.set(0);
	}

	public long count() {
		return this.count.get();
	}

	public long sessionStatements() {
		return this.sessionStatements.get();
	}

}
