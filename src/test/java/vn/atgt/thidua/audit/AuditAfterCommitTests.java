package vn.atgt.thidua.audit;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.transaction.support.TransactionTemplate;

import vn.atgt.thidua.shared.events.Actor;
import vn.atgt.thidua.shared.events.AuditEntry;
import vn.atgt.thidua.shared.events.AuditedEvent;
import vn.atgt.thidua.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The audit trail follows domain events through the event publication registry: nothing is written for work that
 * rolled back, and a write that failed stays registered and is written when the publication is resubmitted.
 */
@IntegrationTest
class AuditAfterCommitTests {

	/** Fails while {@link #FAILURES} is above zero, as a database hiccup would. */
	record FlakyEvent(String marker, Instant at) implements AuditedEvent {

		static final AtomicInteger FAILURES = new AtomicInteger();

		@Override
		public AuditEntry audit() {
			if (FAILURES.getAndDecrement() > 0) {
				throw new IllegalStateException("audit store unavailable");
			}
			return new AuditEntry(this.at, Actor.system(), "test.flaky", "Test", null, this.marker, null);
		}

	}

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	IncompleteEventPublications incomplete;

	@Autowired
	JdbcClient jdbc;

	@Test
	void workThatRolledBackLeavesNoAuditRow() {
		assertThatThrownBy(() -> this.transactions.executeWithoutResult(status -> {
			this.events.publishEvent(new FlakyEvent("rolled-back", Instant.now()));
			throw new IllegalStateException("the transition failed after registering its event");
		})).hasMessageContaining("transition failed");
		assertThat(rows("rolled-back")).isZero();
		assertThat(this.jdbc.sql("select count(*) from event_publication where serialized_event like '%rolled-back%'")
			.query(Long.class).single()).isZero();
	}

	@Test
	void aFailedAuditWriteIsRetriedWhenThePublicationIsResubmitted() {
		FlakyEvent.FAILURES.set(1);
		this.transactions.executeWithoutResult(status -> this.events.publishEvent(new FlakyEvent("retried", Instant.now())));
		assertThat(rows("retried")).as("written although the listener failed").isZero();
		assertThat(open("retried")).isEqualTo(1);

		this.incomplete.resubmitIncompletePublications(publication -> publication.getEvent() instanceof FlakyEvent);

		assertThat(rows("retried")).isEqualTo(1);
		assertThat(open("retried")).isZero();
	}

	private long rows(String marker) {
		return this.jdbc.sql("select count(*) from audit_event where action = 'test.flaky' and summary = ?")
			.param(marker).query(Long.class).single();
	}

	private long open(String marker) {
		return this.jdbc.sql("select count(*) from event_publication where completion_date is null "
				+ "and serialized_event like ?").param("%" + marker + "%").query(Long.class).single();
	}

}
