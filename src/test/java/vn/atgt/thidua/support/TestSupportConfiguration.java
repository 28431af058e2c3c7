package vn.atgt.thidua.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;

/** Beans every integration and browser test can use. */
@TestConfiguration(proxyBeanMethods = false)
public class TestSupportConfiguration {

	@Bean
	SqlStatementCounter sqlStatementCounter() {
		return new SqlStatementCounter();
	}

	/**
	 * Listeners of domain events ({@code @ApplicationModuleListener}, after commit) run on the calling thread, so a
	 * test sees the audit row and the notification as soon as the request returned, without waiting.
	 */
	@Bean(name = "taskExecutor")
	TaskExecutor taskExecutor() {
		return new SyncTaskExecutor();
	}

	@Bean
	TestData testData() {
		return new TestData();
	}

}
