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

	/**
	 * Statements that are not the page's own: the session store (Spring Session JDBC reads and touches the session
	 * once per request, a constant whatever the page) and the event publication registry's background resubmission.
	 * They are counted apart so that a page's count says what the page's queries cost.
	 */
	static final java.util.regex.Pattern INFRASTRUCTURE = java.util.regex.Pattern
		.compile("(?i)\\bspring_session(_attributes)?\\b|\\bevent_publication\\b");

	private final AtomicLong count = new AtomicLong();

	private final AtomicLong infrastructure = new AtomicLong();

	private final java.util.Queue<String> statements = new java.util.concurrent.ConcurrentLinkedQueue<>();

	@Override
	public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
	}

	@Override
	public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
		for (QueryInfo query : queryInfoList) {
			if (INFRASTRUCTURE.matcher(query.getQuery()).find()) {
				this.infrastructure.incrementAndGet();
				continue;
			}
			this.count.incrementAndGet();
			this.statements.add(query.getQuery());
		}
	}

	public void reset() {
		this.count.set(0);
		this.infrastructure.set(0);
		this.statements.clear();
	}

	public long count() {
		return this.count.get();
	}

	/** Session-store and event-registry statements since the last reset (not in {@link #count()}). */
	public long infrastructureCount() {
		return this.infrastructure.get();
	}

	/** The statements counted since the last reset, to say which ones when a count is too high. */
	public List<String> statements() {
		return List.copyOf(this.statements);
	}

	/** Session-store statements are among {@link #infrastructureCount()}. */
	public long sessionStatements() {
		return this.infrastructure.get();
	}

}
