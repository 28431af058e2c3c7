package vn.atgt.thidua.support;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;

/**
 * Counts every JDBC statement the application runs (Hibernate, JdbcTemplate…), through datasource-proxy. The count
 * is global, so it works for MockMvc and for real HTTP requests alike: {@code reset()}, do one request, read
 * {@code count()}.
 */
public class SqlStatementCounter implements QueryExecutionListener {

	private final AtomicLong count = new AtomicLong();

	@Override
	public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
	}

	@Override
	public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
		this.count.addAndGet(queryInfoList.size());
	}

	public void reset() {
		this.count.set(0);
	}

	public long count() {
		return this.count.get();
	}

}
