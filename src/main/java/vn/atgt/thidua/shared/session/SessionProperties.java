package vn.atgt.thidua.shared.session;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a session lives ({@code app.session.*}).
 * @param idleTimeout ended after this long without a request (also {@code server.servlet.session.timeout})
 * @param absoluteLifetime ended this long after sign-in, however active (OWASP ASVS 7.3.2)
 */
@ConfigurationProperties("app.session")
public record SessionProperties(@DefaultValue("30m") Duration idleTimeout, @DefaultValue("12h") Duration absoluteLifetime) {
}
