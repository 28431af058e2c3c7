package vn.atgt.thidua.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.agency.AgencyDirectory;
import vn.atgt.thidua.agency.AgencyOption;
import vn.atgt.thidua.shared.time.VnDates;

/**
 * Searches the whole audit log in the database (ADR 0151): one statement for the page, one bounded count, one for the
 * agencies' names. The count stops {@link #COUNT_AHEAD} entries past the page, so a search over a million entries
 * costs the same as one over a thousand; the page then says "more than N". The actor is matched without regard to
 * diacritics through {@code fold_vi}, backed by a trigram index on {@code fold_vi(actor)} (V75).
 */
@Service
@Transactional(readOnly = true)
public class AuditSearch {

	/** The export stops here; narrow the filter for more. */
	public static final int EXPORT_LIMIT = 100_000;

	/** How many entries past the current page the count looks at. */
	public static final int COUNT_AHEAD = 10_000;

	private final EntityManager entityManager;

	private final AgencyDirectory agencies;

	AuditSearch(EntityManager entityManager, AgencyDirectory agencies) {
		this.entityManager = entityManager;
		this.agencies = agencies;
	}

	public Page<AuditRow> search(AuditFilter filter, Pageable pageable) {
		Where where = where(filter);
		List<AuditEvent> events = select(where, pageable.getPageSize(), pageable.getOffset());
		long limit = pageable.getOffset() + pageable.getPageSize() + COUNT_AHEAD + 1;
		Query count = this.entityManager.createNativeQuery(
				"select count(*) from (select 1 from audit_event e" + where.sql() + " limit :countLimit) c", Long.class);
		where.params().forEach(count::setParameter);
		count.setParameter("countLimit", limit);
		long total = ((Number) count.getSingleResult()).longValue();
		return new PageImpl<>(rows(events), pageable, total);
	}

	/**
	 * Whether the count stopped before the end of the matches: then there are more than
	 * {@code page.getTotalElements() - 1} of them.
	 */
	public static boolean isLowerBound(Page<?> page) {
		return page.getPageable().isPaged()
				&& page.getTotalElements() > page.getPageable().getOffset() + page.getSize() + COUNT_AHEAD;
	}

	/** At most {@link #EXPORT_LIMIT} entries, newest first. */
	public List<AuditRow> export(AuditFilter filter) {
		return rows(select(where(filter), EXPORT_LIMIT, 0));
	}

	@SuppressWarnings("unchecked")
	private List<AuditEvent> select(Where where, int limit, long offset) {
		Query query = this.entityManager.createNativeQuery("select e.* from audit_event e" + where.sql()
				+ " order by e.occurred_at desc, e.id desc limit :limit offset :offset", AuditEvent.class);
		where.params().forEach(query::setParameter);
		query.setParameter("limit", limit).setParameter("offset", offset);
		return query.getResultList();
	}

	private List<AuditRow> rows(List<AuditEvent> events) {
		Map<Long, AgencyOption> names = this.agencies.mapByIds(
				events.stream().map(AuditEvent::getAgencyId).filter(Objects::nonNull).distinct().toList());
		return events.stream().map(e -> new AuditRow(e.getId(), e.getOccurredAt(), e.getActor(),
				e.getAgencyId() == null || !names.containsKey(e.getAgencyId()) ? null : names.get(e.getAgencyId()).name(),
				e.getAddress(), e.getAction(), e.getRecordType(), e.getRecordId(), e.getSummary(), e.getChanges()))
			.toList();
	}

	/** A WHERE clause with named parameters: only bound values, never text from the request, in the SQL. */
	record Where(String sql, Map<String, Object> params) {
	}

	static Where where(AuditFilter filter) {
		List<String> where = new ArrayList<>();
		Map<String, Object> params = new LinkedHashMap<>();
		if (filter.actor() != null && !filter.actor().isBlank()) {
			where.add("fold_vi(e.actor) like fold_vi(:actor) escape '\\'");
			params.put("actor", contains(filter.actor()));
		}
		if (filter.agencyId() != null) {
			// done by the agency's staff, or done to the agency (reminders, edits of the agency itself)
			where.add("(e.agency_id = :agencyId or (e.record_type = 'Agency' and e.record_id = :agencyId))");
			params.put("agencyId", filter.agencyId());
		}
		if (filter.recordType() != null && !filter.recordType().isBlank()) {
			where.add("e.record_type = :recordType");
			params.put("recordType", filter.recordType().strip());
		}
		if (filter.recordId() != null) {
			where.add("e.record_id = :recordId");
			params.put("recordId", filter.recordId());
		}
		if (filter.action() != null && !filter.action().isBlank()) {
			where.add("e.action like :action escape '\\'");
			params.put("action", escape(filter.action().strip()) + "%");
		}
		if (filter.from() != null) {
			where.add("e.occurred_at >= :from");
			params.put("from", filter.from().atStartOfDay(VnDates.ZONE).toOffsetDateTime());
		}
		if (filter.to() != null) {
			where.add("e.occurred_at < :to");
			params.put("to", filter.to().plusDays(1).atStartOfDay(VnDates.ZONE).toOffsetDateTime());
		}
		return new Where(where.isEmpty() ? "" : " where " + String.join(" and ", where), params);
	}

	private static String contains(String text) {
		return "%" + escape(text.strip()) + "%";
	}

	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
