package vn.atgt.thidua.shared.session;

import java.time.Clock;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * The session registry reads the sessions from PostgreSQL (Spring Session JDBC, indexed by user name), so ending a
 * user's sessions — account disabled, password reset or changed — takes effect on every instance at its next request.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

	@Bean
	<S extends Session> SpringSessionBackedSessionRegistry<S> sessionRegistry(
			FindByIndexNameSessionRepository<S> sessions) {
		return new SpringSessionBackedSessionRegistry<>(sessions);
	}

	/**
	 * Two requests of one session at once (a double click, parallel tabs) may both add the same attribute — the flash
	 * map most often. Spring Session's plain INSERT then fails on the attributes' primary key and the user gets a 500
	 * for work that was done; on PostgreSQL the insert becomes an upsert, the later write wins.
	 */
	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> concurrentAttributeWrites() {
		return repository -> repository.setCreateSessionAttributeQuery("""
				INSERT INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
				VALUES (?, ?, ?)
				ON CONFLICT (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) DO UPDATE SET ATTRIBUTE_BYTES = EXCLUDED.ATTRIBUTE_BYTES
				""");
	}

	@Bean
	FilterRegistrationBean<AbsoluteSessionLifetimeFilter> absoluteSessionLifetimeFilter(SessionProperties properties,
			Clock clock) {
		var registration = new FilterRegistrationBean<>(
				new AbsoluteSessionLifetimeFilter(properties.absoluteLifetime(), clock));
		// inside Spring Session's filter (it provides the session), before Spring Security's chain (it reads it)
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER + 1);
		return registration;
	}

}
