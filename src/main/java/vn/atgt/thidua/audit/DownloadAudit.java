package vn.atgt.thidua.audit;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.atgt.thidua.shared.storage.FileDownloaded;

/** Records every download of a stored file, whichever module served it, in the transaction that served it. */
@Component
class DownloadAudit {

	private final AuditLog audit;

	DownloadAudit(AuditLog audit) {
		this.audit = audit;
	}

	@EventListener
	void on(FileDownloaded event) {
		this.audit.record(event.by(), event.action(), event.recordType(), event.recordId(), event.fileName(), null);
	}

}
