package vn.atgt.thidua.subplan;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Comparator;
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
 * The office's follow-up board. One SQL statement reads every participant of the plan with its sub-plan and the
 * task groups it covers; filtering, sorting and paging then happen in memory (a plan has at most a few hundred
 * participants), so the statement count never grows with the number of agencies.
 */
@Service
@Transactional(readOnly = true)
public class BoardService {

	/** How the board is sorted. */
	public enum Sort {
		NAME, STATE, DAYS
	}

	static final String QUERY = """
			select a.id as agency_id, a.name as agency_name, s.id as subplan_id, s.status, s.days_late,
			       s.first_submitted_at,
			       case when s.status is null or s.status = 'DRAFT' then array[]::bigint[]
			            else array(select distinct tg::bigint from jsonb_array_elements(s.items) i
			                       cross join jsonb_array_elements_text(i -> 'taskGroupIds') tg) end as groups
			from plan_participant_directory pp
			join agency_directory a on a.id = pp.agency_id
			left join subplan s on s.plan_id = pp.plan_id and s.agency_id = pp.agency_id
			where pp.plan_id = :planId
			order by a.name, a.id
			""";

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
		List<BoardRow> all = rows(plan);
		Map<BoardState, Long> counts = new EnumMap<>(BoardState.class);
		for (BoardState state : BoardState.values()) {
			counts.put(state, all.stream().filter(r -> r.state() == state).count());
		}
		Map<Long, Long> perGroup = new LinkedHashMap<>();
		for (TaskGroupSpec group : plan.taskGroups()) {
			perGroup.put(group.id(), all.stream().filter(r -> r.covers(group.id())).count());
		}
		Set<Long> uncovered = perGroup.entrySet().stream().filter(e -> e.getValue() == 0).map(Map.Entry::getKey)
			.collect(Collectors.toSet());
		List<BoardRow> selected = select(all, filter, sort);
		int from = (int) Math.min(pageable.getOffset(), selected.size());
		int to = Math.min(from + pageable.getPageSize(), selected.size());
		Page<BoardRow> page = new PageImpl<>(selected.subList(from, to), pageable, selected.size());
		return new Board(planId, plan.numberSymbol(), plan.title(), plan.subPlanDueDate(), page, counts,
				plan.taskGroups(), perGroup, uncovered);
	}

	/** Every row that matches the filter, for the export. */
	public List<BoardRow> exportRows(Long planId, BoardState filter, Sort sort, CurrentUser user) {
		return select(rows(readablePlan(planId, user)), filter, sort);
	}

	/**
	 * Agencies still awaited (nothing submitted, or returned), in name order: those of {@code agencyIds}, or all of
	 * them when none is chosen. For "đôn đốc" and the reminder letter.
	 */
	public List<BoardRow> awaited(Long planId, Set<Long> agencyIds, CurrentUser user) {
		return rows(readablePlan(planId, user)).stream()
			.filter(BoardRow::isAwaited)
			.filter(r -> agencyIds == null || agencyIds.isEmpty() || agencyIds.contains(r.agencyId()))
			.toList();
	}

	private static List<BoardRow> select(List<BoardRow> all, BoardState filter, Sort sort) {
		Comparator<BoardRow> byName = Comparator.comparingInt(all::indexOf);
		Comparator<BoardRow> order = switch (sort == null ? Sort.NAME : sort) {
			case NAME -> byName;
			case STATE -> Comparator.comparing(BoardRow::state).thenComparing(byName);
			case DAYS -> Comparator.comparing((BoardRow r) -> r.daysLate() == null ? -1 : r.daysLate()).reversed()
				.thenComparing(byName);
		};
		return all.stream().filter(r -> filter == null || r.state() == filter).sorted(order).toList();
	}

	private List<BoardRow> rows(PlanFacts plan) {
		long daysLeft = VnDates.daysLeft(plan.subPlanDueDate(), this.clock);
		return this.jdbc.sql(QUERY).param("planId", plan.id()).query((rs, i) -> {
			String status = rs.getString("status");
			Integer late = (Integer) rs.getObject("days_late");
			OffsetDateTime submitted = rs.getObject("first_submitted_at", OffsetDateTime.class);
			BoardState state = state(status, late);
			return new BoardRow(rs.getLong("agency_id"), rs.getString("agency_name"),
					(Long) rs.getObject("subplan_id"), state, late,
					submitted == null ? Long.valueOf(daysLeft) : null,
					submitted == null ? null : submitted.toInstant(), groups(rs.getArray("groups")));
		}).list();
	}

	private static BoardState state(String status, Integer late) {
		if (status == null) {
			return BoardState.NOT_STARTED;
		}
		return switch (SubPlanStatus.valueOf(status)) {
			case DRAFT -> BoardState.DRAFT;
			case RETURNED -> BoardState.RETURNED;
			case ACCEPTED -> BoardState.ACCEPTED;
			case SUBMITTED -> late != null && late > 0 ? BoardState.LATE : BoardState.ON_TIME;
		};
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
