package vn.atgt.thidua.subplan;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.springframework.context.ApplicationEventPublisher;

import vn.atgt.thidua.shared.events.Actor;
import vn.atgt.thidua.shared.storage.FileAttached;
import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.shared.storage.StoredFile;
import vn.atgt.thidua.shared.storage.StoredFiles;
import vn.atgt.thidua.shared.storage.Upload;
import vn.atgt.thidua.shared.storage.UploadPolicy;
import vn.atgt.thidua.shared.domain.InvalidStateException;
import vn.atgt.thidua.shared.domain.NotFoundException;

/** Attaching files to one's own sub-plan and reading them back, with the same 404 scoping as the sub-plan. */
@Service
@Transactional
public class SubPlanAttachments {

	private final SubPlanRepository subPlans;

	private final SubPlanAttachmentRepository attachments;

	private final SubPlanService service;

	private final StoredFiles files;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SubPlanAttachments(SubPlanRepository subPlans, SubPlanAttachmentRepository attachments, SubPlanService service,
			StoredFiles files, ApplicationEventPublisher events, Clock clock) {
		this.subPlans = subPlans;
		this.attachments = attachments;
		this.service = service;
		this.files = files;
		this.events = events;
		this.clock = clock;
	}

	/** Attaches a PDF or DOCX (checked from its bytes, at most 20 MB) to the agency's own editable sub-plan. */
	public Long attach(Long planId, Upload upload, CurrentUser user) {
		if (user.agencyId() == null) {
			throw new NotFoundException("Plan", planId);
		}
		SubPlan subPlan = this.subPlans.findByPlanIdAndAgencyId(planId, user.agencyId())
			.orElseThrow(() -> new NotFoundException("SubPlan", planId));
		this.service.load(planId, subPlan.getId(), user);
		if (!subPlan.isEditable()) {
			throw new InvalidStateException("subplan.error.notEditable");
		}
		StoredFile file = this.files.store(upload, UploadPolicy.DOCUMENTS);
		SubPlanAttachment attachment = this.attachments
			.save(new SubPlanAttachment(subPlan.getId(), file, this.clock.instant(), user.displayName()));
		this.events.publishEvent(new FileAttached(Actor.of(user), "subplan.attach", "SubPlan", subPlan.getId(), file.name(),
				this.clock.instant()));
		return attachment.getId();
	}

	/** An attached file, if the user may see the sub-plan; the download is audited. */
	public StoredFiles.Download download(Long planId, Long subPlanId, Long attachmentId, CurrentUser user) {
		this.service.load(planId, subPlanId, user);
		SubPlanAttachment attachment = this.attachments.findById(attachmentId)
			.filter(a -> a.getSubplanId().equals(subPlanId))
			.orElseThrow(() -> new NotFoundException("SubPlanAttachment", attachmentId));
		return this.files.download(attachment.getFile(), user, "subplan.attachment.download", "SubPlan", subPlanId);
	}

}
