package vn.atgt.thidua.subplan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import vn.atgt.thidua.plan.TaskGroupSpec;

/** A sub-plan with what its pages show: the plan's facts, the content, versions and attachments. */
public record SubPlanView(Long id, long version, Long planId, String planNumberSymbol, String planTitle, int planYear,
		LocalDate dueDate, Long agencyId, String agencyName, SubPlanStatus status, SubPlanContent content,
		Instant submittedAt, Integer daysLate, String returnReasons, String reviewedBy, List<VersionInfo> versions,
		List<SubPlanAttachment> attachments, List<TaskGroupSpec> taskGroups) {

	public boolean exists() {
		return this.id != null;
	}

	public boolean isEditable() {
		return this.status == SubPlanStatus.DRAFT || this.status == SubPlanStatus.RETURNED;
	}

	public boolean isSubmitted() {
		return this.status == SubPlanStatus.SUBMITTED;
	}

	/** Task group position (1, 2…) by id, to label items. */
	public Map<Long, Integer> taskGroupPositions() {
		Map<Long, Integer> positions = new java.util.HashMap<>();
		for (int i = 0; i < this.taskGroups.size(); i++) {
			positions.put(this.taskGroups.get(i).id(), i + 1);
		}
		return positions;
	}

}
