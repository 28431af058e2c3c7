package vn.atgt.thidua.report;

import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Clock;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.audit.AuditLog;
import vn.atgt.thidua.report.ReportAttachment.OwnerType;
import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.shared.storage.FileStorage;
import vn.atgt.thidua.shared.storage.UploadCheck;
import vn.atgt.thidua.shared.storage.UploadCheck.FileType;
import vn.atgt.thidua.shared.domain.InvalidStateException;
import vn.atgt.thidua.shared.domain.NotFoundException;

/**
 * Files on inspections (uploaded by the office) and on year-end reports (uploaded by the owning agency while draft or
 * returned); read back with the same 404 scoping as the inspection or report itself.
 */
@Service
@Transactional
public class ReportAttachments {

	/** A file to send back: its safe display name, type and bytes. */
	public record Download(String fileName, String contentType, long size, InputStream content) {
	}

	private static final Set<FileType> ACCEPTED = EnumSet.of(FileType.PDF, FileType.DOCX, FileType.JPEG, FileType.PNG);

	private final ReportAttachmentRepository attachments;

	private final FieldworkService fieldwork;

	private final YearEndReportService reports;

	private final FileStorage storage;

	private final AuditLog audit;

	private final Clock clock;

	ReportAttachments(ReportAttachmentRepository attachments, FieldworkService fieldwork, YearEndReportService reports,
			FileStorage storage, AuditLog audit, Clock clock) {
		this.attachments = attachments;
		this.fieldwork = fieldwork;
		this.reports = reports;
		this.storage = storage;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<ReportAttachment> of(OwnerType type, Long ownerId) {
		return this.attachments.findByOwnerTypeAndOwnerIdOrderById(type, ownerId);
	}

	/** The office attaches a file to an inspection. */
	public Long attachToInspection(Long inspectionId, String originalName, byte[] bytes, CurrentUser user) {
		this.fieldwork.inspection(inspectionId, user);
		if (!user.isOffice()) {
			throw new NotFoundException("Inspection", inspectionId);
		}
		return store(OwnerType.INSPECTION, inspectionId, "inspection.attach", "Inspection", originalName, bytes, user);
	}

	/** The agency attaches a file to its own report while it is a draft or returned; returns the report's plan id. */
	public Long attachToReport(Long reportId, String originalName, byte[] bytes, CurrentUser user) {
		YearEndReport report = this.reports.view(reportId, user).report();
		if (!user.isAgencyScoped()) {
			throw new NotFoundException("YearEndReport", reportId);
		}
		if (!report.getStatus().isEditable()) {
			throw new InvalidStateException("yearReport.error.notEditable");
		}
		store(OwnerType.REPORT, reportId, "yearReport.attach", "YearEndReport", originalName, bytes, user);
		return report.getPlanId();
	}

	public Download downloadFromInspection(Long inspectionId, Long attachmentId, CurrentUser user) {
		this.fieldwork.inspection(inspectionId, user);
		return download(OwnerType.INSPECTION, inspectionId, attachmentId, "inspection.attachment.download",
				"Inspection", user);
	}

	public Download downloadFromReport(Long reportId, Long attachmentId, CurrentUser user) {
		this.reports.view(reportId, user);
		return download(OwnerType.REPORT, reportId, attachmentId, "yearReport.attachment.download", "YearEndReport",
				user);
	}

	private Long store(OwnerType type, Long ownerId, String action, String recordType, String originalName,
			byte[] bytes, CurrentUser user) {
		if (bytes.length == 0) {
			throw new AttachmentRefusedException("attachment.refused.empty");
		}
		if (bytes.length > UploadCheck.MAX_BYTES) {
			throw new AttachmentRefusedException("attachment.refused.tooLarge");
		}
		FileType fileType = UploadCheck.detect(bytes);
		if (fileType == null || !ACCEPTED.contains(fileType)) {
			throw new AttachmentRefusedException("attachment.refused.badType");
		}
		String name = UploadCheck.sanitiseName(
				originalName == null ? null : Normalizer.normalize(originalName, Normalizer.Form.NFC));
		String key = this.storage.store(bytes);
		ReportAttachment saved = this.attachments.save(new ReportAttachment(type, ownerId, name,
				fileType.contentType(), bytes.length, sha256(bytes), key, this.clock.instant(), user.displayName()));
		this.audit.record(user, action, recordType, ownerId, name, null);
		return saved.getId();
	}

	private Download download(OwnerType type, Long ownerId, Long attachmentId, String action, String recordType,
			CurrentUser user) {
		ReportAttachment found = this.attachments.findById(attachmentId)
			.filter(a -> a.getOwnerType() == type && a.getOwnerId().equals(ownerId))
			.orElseThrow(() -> new NotFoundException("ReportAttachment", attachmentId));
		this.audit.record(user, action, recordType, ownerId, found.getFileName(), null);
		return new Download(found.getFileName(), found.getContentType(), found.getSize(),
				this.storage.open(found.getStorageKey()));
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
