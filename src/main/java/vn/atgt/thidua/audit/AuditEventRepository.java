package vn.atgt.thidua.audit;

import java.util.List;

import org.springframework.data.repository.Repository;

/** Insert and read only: there is deliberately no update or delete. */
public interface AuditEventRepository extends Repository<AuditEvent, Long> {

	AuditEvent save(AuditEvent event);

	@org.springframework.data.jpa.repository.Query("""
			select e.occurredAt from AuditEvent e where e.actorId = :accountId and e.action = 'auth.success'
			order by e.occurredAt desc""")
	List<java.time.Instant> findSignIns(Long accountId, org.springframework.data.domain.Pageable page);

	List<AuditEvent> findByRecordTypeAndRecordIdOrderByOccurredAtDescIdDesc(String recordType, Long recordId);

	long count();

}
