package vn.atgt.thidua.subplan;

import java.util.List;

/** One content item of a sub-plan: what is done, for which task groups of the plan, by which unit, when. */
public record SubPlanItem(String content, List<Long> taskGroupIds, String unit, String timeline) {

	public SubPlanItem {
		taskGroupIds = taskGroupIds == null ? List.of() : List.copyOf(taskGroupIds);
	}

}
