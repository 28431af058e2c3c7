package vn.atgt.thidua.subplan;

import java.time.LocalDate;
import java.util.List;

/** What an agency writes in its sub-plan. */
public record SubPlanContent(String numberSymbol, LocalDate issueDate, String signerTitle, String signerName,
		String introduction, List<String> purposes, List<String> indicators, List<SubPlanItem> items,
		List<Assignment> assignments, List<String> recipients) {

	public SubPlanContent {
		purposes = purposes == null ? List.of() : List.copyOf(purposes);
		indicators = indicators == null ? List.of() : List.copyOf(indicators);
		items = items == null ? List.of() : List.copyOf(items);
		assignments = assignments == null ? List.of() : List.copyOf(assignments);
		recipients = recipients == null ? List.of() : List.copyOf(recipients);
	}

}
