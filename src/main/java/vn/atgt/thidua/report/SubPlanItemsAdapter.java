package vn.atgt.thidua.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.atgt.thidua.subplan.SubPlanItem;
import vn.atgt.thidua.subplan.SubPlanService;

/** Prefills a year-end report from the agency's accepted sub-plan: each item's text under each of its task groups. */
@Component
class SubPlanItemsAdapter implements AcceptedSubPlanItems {

	private final SubPlanService subPlans;

	SubPlanItemsAdapter(SubPlanService subPlans) {
		this.subPlans = subPlans;
	}

	@Override
	public Map<Long, String> itemsByTaskGroup(Long planId, Long agencyId) {
		Map<Long, String> texts = new LinkedHashMap<>();
		List<SubPlanItem> items = this.subPlans.acceptedItems(planId, agencyId);
		for (SubPlanItem item : items) {
			if (item.taskGroupIds() == null) {
				continue;
			}
			for (Long group : item.taskGroupIds()) {
				texts.merge(group, "- " + item.content(), (a, b) -> a + "\n" + b);
			}
		}
		return texts;
	}

}
