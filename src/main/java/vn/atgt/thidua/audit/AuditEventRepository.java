package vn.atgt.thidua.audit;

import java.util.List;

import org.springframework.data.repository.Repository;

/** Insert and read only: there is deliberately no update or delete. */
public interface AuditEventRepository extends Repository<AuditEvent, Long> {

	AuditEvent save(AuditEvent event);

	List<AuditEvent> findByRecordTypeAndRecordIdOrderByOccurredAtDescIdDesc(String recordType, Long recordId);

	long count();

}
