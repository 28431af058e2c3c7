package vn.atgt.thidua.shared.web;

import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

/** Puts the oversized-request answer in front of every other filter, for requests and for Tomcat's error dispatches. */
@Configuration(proxyBeanMethods = false)
class UploadLimitsConfiguration {

	@Bean
	FilterRegistrationBean<OversizedRequestFilter> oversizedRequestFilter(
			@Value("${spring.servlet.multipart.max-request-size:60MB}") DataSize maxRequestSize) {
		FilterRegistrationBean<OversizedRequestFilter> registration = new FilterRegistrationBean<>(
				new OversizedRequestFilter(maxRequestSize));
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

}
