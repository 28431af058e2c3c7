package vn.atgt.thidua.report;

import java.util.Map;

/** What an agency writes in its year-end report; {@code results} by task group id; {@code figures} may be null. */
public record ReportContent(Map<Long, String> results, String dissemination, String modelsFound,
		AreaFigures figures, String strengths, String limits, String causes, String proposals) {

	public ReportContent {
		results = Map.copyOf(results);
	}

}
