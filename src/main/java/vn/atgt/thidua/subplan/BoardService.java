package vn.atgt.thidua.subplan;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.plan.PlanDirectory;
import vn.atgt.thidua.plan.PlanDirectory.PlanFacts;
import vn.atgt.thidua.plan.TaskGroupSpec;
import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.shared.time.VnDates;
import vn.atgt.thidua.shared.domain.NotFoundException;

/**
 * The office's follow-up board, paged in the database (ADR 0150): one statement counts the agencies per state and
 * per covered task group, one reads the requested page (filtered and sorted in SQL), and the task groups an agency
 * covers are unnested only for the rows on that page. With the plan's facts that is four statements whatever the
 * number of participants; a 2,000-agency plan never travels to the JVM for a page of 25.
 */
@Service
@Transactional(readOnly = true)
public class BoardService {

	/** How the board is sorted. */
	public enum Sort {
		NAME, STATE, DAYS
	}

	/** Each participant with its sub-plan and its derived board state (the order of {@link BoardState}). */
	static final String ROWS = """
			select a.id as agency_id, a.name as agency_name, a.valid_to, s.id as subplan_id, s.status, s.days_late,
			       s.first_submitted_at, s.items,
			       case when s.status is null then 'NOT_STARTED'
			            when s.status in ('DRAFT', 'RETURNED', 'ACCEPTED') then s.status
			            when coalesce(s.days_late, 0) > 0 then 'LATE' else 'ON_TIME' end as state,
			       case when s.status is null then 0 when s.status = 'DRAFT' then 1 when s.status = 'RETURNED' then 4
			            when s.status = 'ACCEPTED' then 5 when coalesce(s.days_late, 0) > 0 then 3 else 2 end as state_order
			from plan_participant_directory pp
			join agency_directory a on a.id = pp.agency_id
			left join subplan s on s.plan_id = pp.plan_id and s.agency_id = pp.agency_id
			where pp.plan_id = :planId
			""";

	/**
	 * Agencies per state and agencies per task group covered by a submitted sub-plan ({@code kind} state / group),
	 * then the requested page ({@code kind} row), in one statement over one materialised set of rows.
	 */
	static final String BOARD = """
			with r as materialized (%s),
			summary as (
			    select 'state' as kind, state as key, count(*) as n from r group by state
			    union all
			    select 'group', g.tg, count(*) from r
			    -- one row per agency and covered group (distinct in the lateral), so count(*) counts agencies
			    cross join lateral (select distinct tg from jsonb_array_elements(r.items) i
			                        cross join jsonb_array_elements_text(i -> 'taskGroupIds') tg) g
			    where r.status is not null and r.status <> 'DRAFT'
			    group by g.tg)
			select kind, key, n, null::bigint as agency_id, null as agency_name, null::date as valid_to,
			       null::bigint as subplan_id,
			       null::int as days_late, null::timestamptz as first_submitted_at, null as state,
			       null::bigint[] as groups, 0 as part, 0::bigint as ord
			from summary
			union all
			select 'row', null, null, p.agency_id, p.agency_name, p.valid_to, p.subplan_id, p.days_late,
			       p.first_submitted_at,
			       p.state, p.groups, 1, p.ord
			from (select r.*, %s, row_number() over (order by %%1$s) as ord
			      from r where (cast(:state as varchar) is null or r.state = :state)
			      order by %%1$s limit :limit offset :offset) p
			order by part, ord
			""";

	private static final String COVERED = """
			case when r.status is null or r.status = 'DRAFT' then array[]::bigint[]
			     else array(select distinct tg::bigint from jsonb_array_elements(r.items) i
			                cross join jsonb_array_elements_text(i -> 'taskGroupIds') tg) end as groups
			""";

	private static final String BOARD_SQL = BOARD.formatted(ROWS, COVERED);

	private final JdbcClient jdbc;

	private final PlanDirectory plans;

	private final Clock clock;

	BoardService(JdbcClient jdbc, PlanDirectory plans, Clock clock) {
		this.jdbc = jdbc;
		this.plans = plans;
		this.clock = clock;
	}

	public Board board(Long planId, BoardState filter, Sort sort, Pageable pageable, CurrentUser user) {
		PlanFacts plan = readablePlan(planId, user);
		Map<BoardState, Long> counts = new EnumMap<>(BoardState.class);
		for (BoardState state : BoardState.values()) {
			counts.put(state, 0L);
		}
		Map<Long, Long> perGroup = new LinkedHashMap<>();
		for (TaskGroupSpec group : plan.taskGroups()) {
			perGroup.put(group.id(), 0L);
		}
		long daysLeft = VnDates.daysLeft(plan.subPlanDueDate(), this.clock);
		LocalDate today = VnDates.today(this.clock);
		List<BoardRow> rows = new ArrayList<>();
		this.jdbc.sql(BOARD_SQL.formatted(order(sort)))
			.param("planId", plan.id())
			.param("state", filter == null ? null : filter.name())
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query(rs -> {
				String kind = rs.getString("kind");
				if ("row".equals(kind)) {
					rows.add(row(rs, daysLeft, today));
				}
				else if ("state".equals(kind)) {
					counts.put(BoardState.valueOf(rs.getString("key")), rs.getLong("n"));
				}
				else if (perGroup.containsKey(Long.valueOf(rs.getString("key")))) {
					perGroup.put(Long.valueOf(rs.getString("key")), rs.getLong("n"));
				}
			});
		Set<Long> uncovered = perGroup.entrySet().stream().filter(e -> e.getValue() == 0).map(Map.Entry::getKey)
			.collect(Collectors.toSet());
		long total = filter == null ? counts.values().stream().mapToLong(Long::longValue).sum() : counts.get(filter);
		Page<BoardRow> page = new PageImpl<>(rows, pageable, total);
		return new Board(planId, plan.numberSymbol(), plan.title(), plan.subPlanDueDate(), page, counts,
				plan.taskGroups(), perGroup, uncovered);
	}

	/** Every row that matches the filter, for the export. */
	public List<BoardRow> exportRows(Long planId, BoardState filter, Sort sort, CurrentUser user) {
		return rows(readablePlan(planId, user), filter, sort, null, 0);
	}

	/**
	 * Agencies still awaited (nothing submitted, or returned) and still in existence, in name order: those of
	 * {@code agencyIds}, or all of them when none is chosen. For "đôn đốc" and the reminder letter.
	 */
	public List<BoardRow> awaited(Long planId, Set<Long> agencyIds, CurrentUser user) {
		return rows(readablePlan(planId, user), null, Sort.NAME, null, 0).stream()
			.filter(BoardRow::isAwaited)
			.filter(r -> !r.isCeased())
			.filter(r -> agencyIds == null || agencyIds.isEmpty() || agencyIds.contains(r.agencyId()))
			.toList();
	}

	/** The rows matching {@code filter} in the board's order; {@code limit} null for all of them. */
	private List<BoardRow> rows(PlanFacts plan, BoardState filter, Sort sort, Integer limit, long offset) {
		String order = order(sort);
		String sql = "select r.*, " + COVERED + " from (" + ROWS + ") r"
				+ (filter == null ? "" : " where r.state = :state") + " order by " + order
				+ (limit == null ? "" : " limit :limit offset :offset");
		var statement = this.jdbc.sql(sql).param("planId", plan.id());
		if (filter != null) {
			statement = statement.param("state", filter.name());
		}
		if (limit != null) {
			statement = statement.param("limit", limit).param("offset", offset);
		}
		long daysLeft = VnDates.daysLeft(plan.subPlanDueDate(), this.clock);
		LocalDate today = VnDates.today(this.clock);
		return statement.query((rs, i) -> row(rs, daysLeft, today)).list();
	}

	private static String order(Sort sort) {
		return switch (sort == null ? Sort.NAME : sort) {
			case NAME -> "r.agency_name, r.agency_id";
			case STATE -> "r.state_order, r.agency_name, r.agency_id";
			case DAYS -> "coalesce(r.days_late, -1) desc, r.agency_name, r.agency_id";
		};
	}

	private static BoardRow row(java.sql.ResultSet rs, long daysLeft, LocalDate today) throws SQLException {
		Integer late = (Integer) rs.getObject("days_late");
		OffsetDateTime submitted = rs.getObject("first_submitted_at", OffsetDateTime.class);
		LocalDate validTo = rs.getObject("valid_to", LocalDate.class);
		return new BoardRow(rs.getLong("agency_id"), rs.getString("agency_name"), (Long) rs.getObject("subplan_id"),
				BoardState.valueOf(rs.getString("state")), late, submitted == null ? Long.valueOf(daysLeft) : null,
				submitted == null ? null : submitted.toInstant(), groups(rs.getArray("groups")),
				validTo != null && validTo.isBefore(today) ? validTo : null);
	}

	private static Set<Long> groups(Array array) throws SQLException {
		if (array == null) {
			return Set.of();
		}
		return new HashSet<>(Arrays.asList((Long[]) array.getArray()));
	}

	private PlanFacts readablePlan(Long planId, CurrentUser user) {
		if (!user.isOffice()) {
			throw new NotFoundException("Plan", planId);
		}
		return this.plans.facts(planId);
	}

}
