package vn.atgt.thidua.notification;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.stereotype.Component;

/**
 * The outbox backlog as a gauge for the operator ({@code thidua.outbox.backlog}, tag {@code status}): mails waiting
 * (PENDING), being sent (SENDING) and given up (FAILED). A growing PENDING count means SMTP is down or too slow.
 */
@Component
class OutboxMetrics implements MeterBinder {

	private final Outbox outbox;

	OutboxMetrics(Outbox outbox) {
		this.outbox = outbox;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (String status : new String[] { "PENDING", "SENDING", "FAILED" }) {
			Gauge.builder("thidua.outbox.backlog", this.outbox, o -> o.countsByStatus().getOrDefault(status, 0L))
				.tag("status", status)
				.description("E-mails in the outbox by status")
				.baseUnit("emails")
				.register(registry);
		}
	}

}
