package vn.atgt.thidua.shared.events;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Retries the listeners that failed: every event publication still incomplete after {@code app.events.resubmit-after}
 * (default 5 minutes) is handed to its listener again, so an audit row or a notification lost to a passing database
 * or mail error is written later, not never.
 */
@Component
class IncompleteEventsResubmitter {

	private static final Logger log = LoggerFactory.getLogger(IncompleteEventsResubmitter.class);

	private final IncompleteEventPublications publications;

	private final Duration olderThan;

	IncompleteEventsResubmitter(IncompleteEventPublications publications,
			@Value("${app.events.resubmit-after:5m}") Duration olderThan) {
		this.publications = publications;
		this.olderThan = olderThan;
	}

	@Scheduled(fixedDelayString = "${app.events.resubmit-interval:1m}", initialDelayString = "${app.events.resubmit-interval:1m}")
	void resubmit() {
		try {
			this.publications.resubmitIncompletePublicationsOlderThan(this.olderThan);
		}
		catch (RuntimeException ex) {
			log.warn("Resubmitting incomplete event publications failed, will try again: {}", ex.toString());
		}
	}

}
