package vn.atgt.thidua.plan;

import java.util.List;

/** The result of the pre-publication check: what stops publication and what needs a deliberate override. */
public record PlanReadiness(List<PlanIssue> blocking, List<PlanIssue> warnings) {

	public PlanReadiness {
		blocking = List.copyOf(blocking);
		warnings = List.copyOf(warnings);
	}

	public boolean canPublish() {
		return this.blocking.isEmpty();
	}

	public boolean hasWarnings() {
		return !this.warnings.isEmpty();
	}

}
