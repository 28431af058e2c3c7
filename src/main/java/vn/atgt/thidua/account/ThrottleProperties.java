package vn.atgt.thidua.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many failed sign-ins are allowed before further attempts wait (ADR 0130): from one client address whatever
 * the user name, for one user name from one address, and for one user name from everywhere. The aggregated
 * failures ({@code sign_in_failure}) are kept for {@code failureRetention} (ADR 0162).
 */
@ConfigurationProperties("app.security.throttle")
record ThrottleProperties(@DefaultValue("20") int perAddress, @DefaultValue("10m") Duration perAddressWindow,
		@DefaultValue("5") int perAccountAddress, @DefaultValue("15m") Duration perAccountAddressWindow,
		@DefaultValue("50") int perAccount, @DefaultValue("1h") Duration perAccountWindow,
		@DefaultValue("15m") Duration auditWindow, @DefaultValue("90d") Duration failureRetention) {
}
