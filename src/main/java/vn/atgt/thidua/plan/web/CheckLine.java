package vn.atgt.thidua.plan.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

import vn.atgt.thidua.plan.PlanIssue;

/** One line of the pre-publication checklist as the page shows it: the message and the link to the field. */
record CheckLine(String text, String href, boolean blocking) {

	static List<CheckLine> of(List<PlanIssue> issues, Long planId, MessageSource messages, Locale locale) {
		return issues.stream()
			.map(i -> new CheckLine(messages.getMessage(i, locale), href(i, planId), i.isBlocking()))
			.toList();
	}

	private static String href(PlanIssue issue, Long planId) {
		return switch (issue.field()) {
			case "participantsChosen" -> "/plans/" + planId + "/participants";
			case "taskGroups" -> "/plans/" + planId + "/edit#add-task-group";
			default -> "/plans/" + planId + "/edit#" + issue.fieldId();
		};
	}

}
