package vn.atgt.thidua.shared.operations;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The actuator's own security: the health probes are public (the load balancer asks them), metrics only for an
 * administrator signed in through the application (the session is shared), every other endpoint closed.
 */
@Configuration(proxyBeanMethods = false)
class OperationsConfiguration {

	@Bean
	@Order(1) // before the application's chain, which matches every other URL
	SecurityFilterChain actuatorFilterChain(HttpSecurity http) throws Exception {
		http.securityMatcher("/actuator/**")
			.authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
				.permitAll()
				.requestMatchers("/actuator/metrics", "/actuator/metrics/**")
				.hasRole("ADMIN")
				.anyRequest()
				.denyAll())
			.csrf(csrf -> csrf.disable()) // the endpoints exposed are read-only
			.requestCache(cache -> cache.disable());
		return http.build();
	}

	@Bean
	FilterRegistrationBean<RequestMdcFilter> requestMdcFilter() {
		var registration = new FilterRegistrationBean<>(new RequestMdcFilter());
		// just inside Spring Security's filter, so that the signed-in user is known
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
		return registration;
	}

}
