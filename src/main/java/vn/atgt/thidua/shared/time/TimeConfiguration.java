package vn.atgt.thidua.shared.time;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole application, in the committee's time zone, so tests can fix the date. */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

	@Bean
	Clock clock(@Value("${app.zone}") String zone) {
		return Clock.system(ZoneId.of(zone));
	}

}
