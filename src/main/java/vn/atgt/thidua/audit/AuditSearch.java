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
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
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

	private final NamedParameterJdbcTemplate jdbc;

	AuditSearch(EntityManager entityManager, AgencyDirectory agencies, NamedParameterJdbcTemplate jdbc) {
		this.entityManager = entityManager;
		this.agencies = agencies;
		this.jdbc = jdbc;
	}

	/** Fields of a change whose values are agency ids (the agency's own history): shown by the agency's name. */
	private static final java.util.Set<String> AGENCY_FIELDS = java.util.Set.of("parentId", "predecessorId",
			"successorId");

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

	/** Every plan, newest year first, for the plan chooser of the search form. */
	public List<AuditRow.PlanRef> plans() {
		return this.jdbc.query("""
				select id, year, number, doc_type_symbol, body_symbol, issue_date from plan_directory
				order by year desc, number nulls first, id desc""", (rs, i) -> {
			Integer number = rs.getObject("number", Integer.class);
			java.sql.Date issued = rs.getDate("issue_date");
			return new AuditRow.PlanRef(rs.getLong("id"), rs.getInt("year"), number,
					(number == null ? "" : number) + "/" + rs.getString("doc_type_symbol") + "-"
							+ rs.getString("body_symbol"),
					issued == null ? null : issued.toLocalDate());
		});
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
		List<Long> agencyIds = new ArrayList<>();
		events.forEach(e -> {
			if (e.getAgencyId() != null) {
				agencyIds.add(e.getAgencyId());
			}
			if (e.getChanges() != null) {
				e.getChanges().stream().filter(ch -> AGENCY_FIELDS.contains(ch.field()))
					.forEach(ch -> java.util.stream.Stream.of(ch.oldValue(), ch.newValue()).map(AuditSearch::idOrNull)
						.filter(Objects::nonNull).forEach(agencyIds::add));
			}
		});
		Map<Long, AgencyOption> names = agencyIds.isEmpty() ? Map.of()
				: this.agencies.mapByIds(agencyIds.stream().distinct().toList());
		Map<String, Named> records = names(events);
		return events.stream().map(e -> {
			Named record = records.get(e.getRecordType() + ":" + e.getRecordId());
			return new AuditRow(e.getId(), e.getOccurredAt(), e.getActor(),
					e.getAgencyId() == null || !names.containsKey(e.getAgencyId()) ? null
							: names.get(e.getAgencyId()).name(),
					e.getAddress(), e.getAction(), e.getRecordType(), e.getRecordId(),
					record == null ? null : record.name(), record == null ? null : record.plan(), e.getSummary(),
					changes(e.getChanges(), names));
		}).toList();
	}

	private record Named(String name, AuditRow.PlanRef plan) {
	}

	/** The names of the page's records and their plans, in one statement over the published views. */
	private Map<String, Named> names(List<AuditEvent> events) {
		List<Object[]> keys = events.stream().filter(e -> e.getRecordType() != null && e.getRecordId() != null)
			.map(e -> new Object[] { e.getRecordType(), e.getRecordId() }).toList();
		if (keys.isEmpty()) {
			return Map.of();
		}
		Map<String, Named> found = new java.util.HashMap<>();
		this.jdbc.query("""
				select n.record_type, n.record_id, n.name, p.id as plan_id, p.year, p.number,
				       p.doc_type_symbol, p.body_symbol, p.issue_date
				from audit_record_name n left join plan_directory p on p.id = n.plan_id
				where (n.record_type, n.record_id) in (:keys)""", Map.of("keys", keys), rs -> {
			AuditRow.PlanRef plan = null;
			long planId = rs.getLong("plan_id");
			if (!rs.wasNull()) {
				Integer number = rs.getObject("number", Integer.class);
				java.sql.Date issued = rs.getDate("issue_date");
				plan = new AuditRow.PlanRef(planId, rs.getInt("year"), number,
						(number == null ? "" : number) + "/" + rs.getString("doc_type_symbol") + "-"
								+ rs.getString("body_symbol"),
						issued == null ? null : issued.toLocalDate());
			}
			found.put(rs.getString("record_type") + ":" + rs.getLong("record_id"),
					new Named(rs.getString("name"), plan));
		});
		return found;
	}

	private static List<vn.atgt.thidua.shared.events.FieldChange> changes(
			List<vn.atgt.thidua.shared.events.FieldChange> changes, Map<Long, AgencyOption> agencies) {
		if (changes == null) {
			return List.of();
		}
		return changes.stream().map(ch -> !AGENCY_FIELDS.contains(ch.field()) ? ch
				: new vn.atgt.thidua.shared.events.FieldChange(ch.field(), agencyName(ch.oldValue(), agencies),
						agencyName(ch.newValue(), agencies)))
			.toList();
	}

	private static String agencyName(String value, Map<Long, AgencyOption> agencies) {
		Long id = idOrNull(value);
		return id == null ? null : agencies.containsKey(id) ? agencies.get(id).name() : null;
	}

	private static Long idOrNull(String value) {
		if (value == null || !value.chars().allMatch(Character::isDigit) || value.isEmpty()) {
			return null;
		}
		return Long.valueOf(value);
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
		if (filter.planId() != null) {
			where.add("exists (select 1 from audit_record_name n where n.record_type = e.record_type"
					+ " and n.record_id = e.record_id and n.plan_id = :planId)");
			params.put("planId", filter.planId());
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
