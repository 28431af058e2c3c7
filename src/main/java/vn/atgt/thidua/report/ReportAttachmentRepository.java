package vn.atgt.thidua.report;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Attachments of inspections and year-end reports. */
public interface ReportAttachmentRepository extends JpaRepository<ReportAttachment, Long> {

	List<ReportAttachment> findByOwnerTypeAndOwnerIdOrderById(ReportAttachment.OwnerType ownerType, Long ownerId);

}
