package vn.atgt.thidua.demo;

import vn.atgt.thidua.plan.PlanContent;

/** Opens the seed plans of the demo data to tests in other packages. */
public final class DemoPlanContents {

	private DemoPlanContents() {
	}

	public static PlanContent plan2024() {
		return DemoPlans.plan2024();
	}

}
