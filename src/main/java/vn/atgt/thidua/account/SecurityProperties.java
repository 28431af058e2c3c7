package vn.atgt.thidua.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Lockout after repeated failed sign-ins. */
@ConfigurationProperties("app.security")
record SecurityProperties(int maxFailedLogins, Duration lockoutDuration) {
}
