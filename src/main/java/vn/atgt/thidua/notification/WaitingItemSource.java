package vn.atgt.thidua.notification;

import java.util.List;

/**
 * Escalation SPI: a module lists its records that have waited in one state longer than their time limit (a
 * submission nobody has reviewed, a dossier under appraisal too long). The office's escalation list shows them all.
 */
public interface WaitingItemSource {

	/** Records waiting longer than their limit, as of now. */
	List<WaitingItem> waitingTooLong();

}
