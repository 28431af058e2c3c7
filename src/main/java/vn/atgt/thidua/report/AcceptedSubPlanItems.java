package vn.atgt.thidua.report;

import java.util.Map;

/**
 * What the year-end report needs from sub-plans (issue 3): the text of the items of an agency's ACCEPTED sub-plan
 * for a plan, by task group id, to prefill the report's results. Without such a bean nothing is prefilled.
 */
public interface AcceptedSubPlanItems {

	/** Item texts by task group id (several items of a group joined by new lines); empty when none is accepted. */
	Map<Long, String> itemsByTaskGroup(Long planId, Long agencyId);

}
