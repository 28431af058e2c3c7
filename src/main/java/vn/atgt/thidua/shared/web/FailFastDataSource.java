package vn.atgt.thidua.shared.web;

import java.sql.SQLException;
import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * During a database outage a request must fail within seconds, not after Hikari's default 30 s wait for a
 * connection: the user gets the 503 "try again" page while the pool keeps trying and recovers by itself. Applied
 * to every Hikari pool (the one Spring Boot builds from {@code spring.datasource.*} and the developer run's own),
 * unless a deployment set its own connection time-out.
 */
@Component
class FailFastDataSource implements BeanPostProcessor {

	private static final long HIKARI_DEFAULT_TIMEOUT_MS = 30_000;

	private final Duration connectionTimeout;

	FailFastDataSource(@Value("${app.database.connection-timeout:3s}") Duration connectionTimeout) {
		this.connectionTimeout = connectionTimeout;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		HikariDataSource hikari = hikari(bean);
		if (hikari != null && hikari.getConnectionTimeout() == HIKARI_DEFAULT_TIMEOUT_MS) {
			hikari.setConnectionTimeout(this.connectionTimeout.toMillis());
			hikari.setValidationTimeout(Math.min(hikari.getValidationTimeout(), this.connectionTimeout.toMillis() - 250));
		}
		return bean;
	}

	// the pool may already be wrapped (a statement-counting proxy in tests, a tracing one in production)
	private static HikariDataSource hikari(Object bean) {
		if (bean instanceof HikariDataSource hikari) {
			return hikari;
		}
		if (bean instanceof DataSource wrapper) {
			try {
				return wrapper.isWrapperFor(HikariDataSource.class) ? wrapper.unwrap(HikariDataSource.class) : null;
			}
			catch (SQLException ex) {
				return null;
			}
		}
		return null;
	}

}
