package vn.atgt.thidua.subplan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.domain.Page;

import vn.atgt.thidua.plan.TaskGroupSpec;

/** The follow-up board of a plan: a page of agencies, the counts by state, and the task-group coverage. */
public record Board(Long planId, String planNumberSymbol, String planTitle, LocalDate dueDate, Page<BoardRow> rows,
		Map<BoardState, Long> counts, List<TaskGroupSpec> taskGroups, Map<Long, Long> agenciesPerTaskGroup,
		Set<Long> uncoveredTaskGroupIds) {
}
