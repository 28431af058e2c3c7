package vn.atgt.thidua.plan;

/**
 * Publication refused by the pre-publication check: a blocking problem, or warnings not overridden. The publish page
 * shows the checklist again with what was typed; it never reaches the conflict page.
 */
public class PlanNotReadyException extends RuntimeException {

	private final PlanReadiness readiness;

	public PlanNotReadyException(PlanReadiness readiness) {
		super(readiness.canPublish() ? "plan.check.overrideRequired" : "plan.check.blocked");
		this.readiness = readiness;
	}

	public PlanReadiness readiness() {
		return this.readiness;
	}

}
