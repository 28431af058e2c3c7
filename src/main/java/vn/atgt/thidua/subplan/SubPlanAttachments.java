package vn.atgt.thidua.subplan;

import java.io.InputStream;
import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.audit.AuditLog;
import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.shared.storage.FileStorage;
import vn.atgt.thidua.shared.domain.InvalidStateException;
import vn.atgt.thidua.shared.domain.NotFoundException;

/** Attaching files to one's own sub-plan and reading them back, with the same 404 scoping as the sub-plan. */
@Service
@Transactional
public class SubPlanAttachments {

	/** A file to send back: its safe display name, type and bytes. */
	public record Download(String fileName, String contentType, long size, InputStream content) {
	}

	private final SubPlanRepository subPlans;

	private final SubPlanAttachmentRepository attachments;

	private final SubPlanService service;

	private final FileStorage storage;

	private final AuditLog audit;

	private final Clock clock;

	SubPlanAttachments(SubPlanRepository subPlans, SubPlanAttachmentRepository attachments, SubPlanService service,
			FileStorage storage, AuditLog audit, Clock clock) {
		this.subPlans = subPlans;
		this.attachments = attachments;
		this.service = service;
		this.storage = storage;
		this.audit = audit;
		this.clock = clock;
	}

	/** Attaches a PDF or DOCX (checked from its bytes, at most 20 MB) to the agency's own editable sub-plan. */
	public Long attach(Long planId, String originalName, byte[] bytes, CurrentUser user) {
		if (user.agencyId() == null) {
			throw new NotFoundException("Plan", planId);
		}
		SubPlan subPlan = this.subPlans.findByPlanIdAndAgencyId(planId, user.agencyId())
			.orElseThrow(() -> new NotFoundException("SubPlan", planId));
		this.service.load(planId, subPlan.getId(), user);
		if (!subPlan.isEditable()) {
			throw new InvalidStateException("subplan.error.notEditable");
		}
		if (bytes.length == 0) {
			throw new UploadRefusedException("subplan.upload.empty");
		}
		if (bytes.length > FileChecks.MAX_BYTES) {
			throw new UploadRefusedException("subplan.upload.tooLarge");
		}
		String type = FileChecks.detectType(bytes);
		if (type == null) {
			throw new UploadRefusedException("subplan.upload.badType");
		}
		String name = FileChecks.safeName(originalName, type);
		String key = this.storage.store(bytes);
		SubPlanAttachment attachment = this.attachments.save(new SubPlanAttachment(subPlan.getId(), name, type,
				bytes.length, FileChecks.sha256(bytes), key, this.clock.instant(), user.displayName()));
		this.audit.record(user, "subplan.attach", "SubPlan", subPlan.getId(), name, null);
		return attachment.getId();
	}

	@Transactional(readOnly = true)
	public Download download(Long planId, Long subPlanId, Long attachmentId, CurrentUser user) {
		this.service.load(planId, subPlanId, user);
		SubPlanAttachment attachment = this.attachments.findById(attachmentId)
			.filter(a -> a.getSubplanId().equals(subPlanId))
			.orElseThrow(() -> new NotFoundException("SubPlanAttachment", attachmentId));
		return new Download(attachment.getFileName(), attachment.getContentType(), attachment.getSize(),
				this.storage.open(attachment.getStorageKey()));
	}

}
