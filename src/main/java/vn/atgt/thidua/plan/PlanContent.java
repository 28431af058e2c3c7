package vn.atgt.thidua.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything an author writes in a plan, section by section as in the seed document. The service's input for
 * create, edit and amend, and part of the plan's view.
 */
public record PlanContent(int year, String parentBody, String issuingBody, String bodySymbol, String place,
		String title, String theme, List<String> legalBases, String introduction, List<String> purposes,
		List<TargetSpec> targets, List<String> requirements, String participants, String taskGroupsIntro,
		List<TaskGroupSpec> taskGroups, LocalDate startDate, LocalDate endDate, LocalDate subPlanDueDate,
		LocalDate reportDueDate, LocalDate nominationDueDate, String agencyDutiesHeading, List<String> agencyDuties,
		String officeDutiesHeading, List<String> officeDuties,
		String closingText, List<String> recipients, SignAuthority signAuthority, String signerHeadTitle,
		String signerTitle, String signerName) {
}
