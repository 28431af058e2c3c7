package vn.atgt.thidua.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.agency.AgencyDirectory;
import vn.atgt.thidua.agency.AgencyOption;
import vn.atgt.thidua.shared.time.VnDates;

/** Searches the whole audit log: one query for the page, one count, one for the agencies' names. */
@Service
@Transactional(readOnly = true)
public class AuditSearch {

	/** The export stops here; narrow the filter for more. */
	public static final int EXPORT_LIMIT = 100_000;

	private final EntityManager entityManager;

	private final AgencyDirectory agencies;

	AuditSearch(EntityManager entityManager, AgencyDirectory agencies) {
		this.entityManager = entityManager;
		this.agencies = agencies;
	}

	public Page<AuditRow> search(AuditFilter filter, Pageable pageable) {
		CriteriaBuilder cb = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<AuditEvent> query = cb.createQuery(AuditEvent.class);
		Root<AuditEvent> event = query.from(AuditEvent.class);
		query.where(predicates(filter, cb, event)).orderBy(cb.desc(event.get("occurredAt")), cb.desc(event.get("id")));
		List<AuditEvent> events = this.entityManager.createQuery(query)
			.setFirstResult((int) pageable.getOffset())
			.setMaxResults(pageable.getPageSize())
			.getResultList();
		CriteriaQuery<Long> count = cb.createQuery(Long.class);
		Root<AuditEvent> counted = count.from(AuditEvent.class);
		count.select(cb.count(counted)).where(predicates(filter, cb, counted));
		long total = this.entityManager.createQuery(count).getSingleResult();
		return new PageImpl<>(rows(events), pageable, total);
	}

	/** At most {@link #EXPORT_LIMIT} entries, newest first. */
	public List<AuditRow> export(AuditFilter filter) {
		CriteriaBuilder cb = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<AuditEvent> query = cb.createQuery(AuditEvent.class);
		Root<AuditEvent> event = query.from(AuditEvent.class);
		query.where(predicates(filter, cb, event)).orderBy(cb.desc(event.get("occurredAt")), cb.desc(event.get("id")));
		return rows(this.entityManager.createQuery(query).setMaxResults(EXPORT_LIMIT).getResultList());
	}

	private List<AuditRow> rows(List<AuditEvent> events) {
		Map<Long, AgencyOption> names = this.agencies.mapByIds(
				events.stream().map(AuditEvent::getAgencyId).filter(Objects::nonNull).distinct().toList());
		return events.stream().map(e -> new AuditRow(e.getId(), e.getOccurredAt(), e.getActor(),
				e.getAgencyId() == null || !names.containsKey(e.getAgencyId()) ? null : names.get(e.getAgencyId()).name(),
				e.getAddress(), e.getAction(), e.getRecordType(), e.getRecordId(), e.getSummary(), e.getChanges()))
			.toList();
	}

	private static Predicate[] predicates(AuditFilter filter, CriteriaBuilder cb, Root<AuditEvent> event) {
		List<Predicate> where = new ArrayList<>();
		if (filter.actor() != null && !filter.actor().isBlank()) {
			Expression<String> folded = cb.function("fold_vi", String.class, event.get("actor"));
			where.add(cb.like(folded, cb.function("fold_vi", String.class, cb.literal(contains(filter.actor()))), '\\'));
		}
		if (filter.agencyId() != null) {
			// done by the agency's staff, or done to the agency (reminders, edits of the agency itself)
			where.add(cb.or(cb.equal(event.get("agencyId"), filter.agencyId()),
					cb.and(cb.equal(event.get("recordType"), "Agency"), cb.equal(event.get("recordId"), filter.agencyId()))));
		}
		if (filter.recordType() != null && !filter.recordType().isBlank()) {
			where.add(cb.equal(event.get("recordType"), filter.recordType().strip()));
		}
		if (filter.recordId() != null) {
			where.add(cb.equal(event.get("recordId"), filter.recordId()));
		}
		if (filter.action() != null && !filter.action().isBlank()) {
			where.add(cb.like(event.get("action"), escape(filter.action().strip()) + "%", '\\'));
		}
		if (filter.from() != null) {
			where.add(cb.greaterThanOrEqualTo(event.<Instant>get("occurredAt"),
					filter.from().atStartOfDay(VnDates.ZONE).toInstant()));
		}
		if (filter.to() != null) {
			where.add(cb.lessThan(event.<Instant>get("occurredAt"),
					filter.to().plusDays(1).atStartOfDay(VnDates.ZONE).toInstant()));
		}
		return where.toArray(Predicate[]::new);
	}

	private static String contains(String text) {
		return "%" + escape(text.strip()) + "%";
	}

	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
