package vn.atgt.thidua.report;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.springframework.context.ApplicationEventPublisher;

import vn.atgt.thidua.shared.events.Actor;
import vn.atgt.thidua.shared.storage.FileAttached;
import vn.atgt.thidua.report.ReportAttachment.OwnerType;
import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.shared.storage.StoredFile;
import vn.atgt.thidua.shared.storage.StoredFiles;
import vn.atgt.thidua.shared.storage.Upload;
import vn.atgt.thidua.shared.storage.UploadPolicy;
import vn.atgt.thidua.shared.domain.InvalidStateException;
import vn.atgt.thidua.shared.domain.NotFoundException;

/**
 * Files on inspections (uploaded by the office) and on year-end reports (uploaded by the owning agency while draft or
 * returned); read back with the same 404 scoping as the inspection or report itself.
 */
@Service
@Transactional
public class ReportAttachments {

	private final ReportAttachmentRepository attachments;

	private final FieldworkService fieldwork;

	private final YearEndReportService reports;

	private final StoredFiles files;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ReportAttachments(ReportAttachmentRepository attachments, FieldworkService fieldwork, YearEndReportService reports,
			StoredFiles files, ApplicationEventPublisher events, Clock clock) {
		this.attachments = attachments;
		this.fieldwork = fieldwork;
		this.reports = reports;
		this.files = files;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<ReportAttachment> of(OwnerType type, Long ownerId) {
		return this.attachments.findByOwnerTypeAndOwnerIdOrderById(type, ownerId);
	}

	/** The office attaches a file to an inspection. */
	public Long attachToInspection(Long inspectionId, Upload upload, CurrentUser user) {
		this.fieldwork.inspection(inspectionId, user);
		if (!user.isOffice()) {
			throw new NotFoundException("Inspection", inspectionId);
		}
		return store(OwnerType.INSPECTION, inspectionId, "inspection.attach", "Inspection", upload, user);
	}

	/** The agency attaches a file to its own report while it is a draft or returned; returns the report's plan id. */
	public Long attachToReport(Long reportId, Upload upload, CurrentUser user) {
		YearEndReport report = this.reports.view(reportId, user).report();
		if (!user.isAgencyScoped()) {
			throw new NotFoundException("YearEndReport", reportId);
		}
		if (!report.getStatus().isEditable()) {
			throw new InvalidStateException("yearReport.error.notEditable");
		}
		store(OwnerType.REPORT, reportId, "yearReport.attach", "YearEndReport", upload, user);
		return report.getPlanId();
	}

	public StoredFiles.Download downloadFromInspection(Long inspectionId, Long attachmentId, CurrentUser user) {
		this.fieldwork.inspection(inspectionId, user);
		return download(OwnerType.INSPECTION, inspectionId, attachmentId, "inspection.attachment.download",
				"Inspection", user);
	}

	public StoredFiles.Download downloadFromReport(Long reportId, Long attachmentId, CurrentUser user) {
		this.reports.view(reportId, user);
		return download(OwnerType.REPORT, reportId, attachmentId, "yearReport.attachment.download", "YearEndReport",
				user);
	}

	private Long store(OwnerType type, Long ownerId, String action, String recordType, Upload upload,
			CurrentUser user) {
		StoredFile file = this.files.store(upload, UploadPolicy.DOCUMENTS_AND_IMAGES);
		ReportAttachment saved = this.attachments
			.save(new ReportAttachment(type, ownerId, file, this.clock.instant(), user.displayName()));
		this.events.publishEvent(new FileAttached(Actor.of(user), action, recordType, ownerId, file.name(), this.clock.instant()));
		return saved.getId();
	}

	private StoredFiles.Download download(OwnerType type, Long ownerId, Long attachmentId, String action,
			String recordType, CurrentUser user) {
		ReportAttachment found = this.attachments.findById(attachmentId)
			.filter(a -> a.getOwnerType() == type && a.getOwnerId().equals(ownerId))
			.orElseThrow(() -> new NotFoundException("ReportAttachment", attachmentId));
		return this.files.download(found.getFile(), user, action, recordType, ownerId);
	}

}
