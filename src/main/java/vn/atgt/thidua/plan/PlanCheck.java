package vn.atgt.thidua.plan;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.support.DefaultMessageSourceResolvable;

import vn.atgt.thidua.shared.time.VnDates;

/**
 * The pre-publication check of a plan (ADR 0170). Blocking problems: an empty required section, no task group, a task
 * group without content, no participant, dates out of order or outside the plan's year, no signer. Warnings: a year
 * in the text that is neither the plan's year nor the previous one, a deadline written in the text that differs from
 * the deadline fields, a target's baseline that is not the previous year. Legal bases are not searched: they cite
 * earlier documents by their own dates.
 */
public final class PlanCheck {

	private static final Pattern YEAR = Pattern.compile("(?<![\\d/.\\-])((?:19|20)\\d{2})(?![\\d/])");

	private static final Pattern SHORT_DATE = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})/((?:19|20)\\d{2})(?!\\d)");

	private static final Pattern LONG_DATE = Pattern
		.compile("ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+((?:19|20)\\d{2})", Pattern.CASE_INSENSITIVE);

	// words that make a date in the text a deadline: "chậm nhất ngày 30/6/2024", "trước ngày", "hạn"
	private static final Pattern DEADLINE_CUE = Pattern.compile("(chậm nhất|trước|hạn|hoàn thành)[^.;\\n]{0,25}$",
			Pattern.CASE_INSENSITIVE);

	private PlanCheck() {
	}

	/**
	 * The check on the day of publication: also warns of a deadline already past (the agencies would be late the day
	 * the plan reaches them).
	 */
	public static PlanReadiness of(PlanContent c, int participantCount, LocalDate today) {
		PlanReadiness readiness = of(c, participantCount);
		List<PlanIssue> warnings = new ArrayList<>(readiness.warnings());
		Map<String, LocalDate> deadlines = new LinkedHashMap<>();
		deadlines.put("subPlanDueDate", c.subPlanDueDate());
		deadlines.put("reportDueDate", c.reportDueDate());
		deadlines.put("nominationDueDate", c.nominationDueDate());
		deadlines.forEach((field, date) -> {
			if (date != null && date.isBefore(today)) {
				warnings.add(PlanIssue.warning("deadlinePast", field, VnDates.shortDate(date), VnDates.shortDate(today)));
			}
		});
		return new PlanReadiness(readiness.blocking(), warnings);
	}

	public static PlanReadiness of(PlanContent c, int participantCount) {
		List<PlanIssue> blocking = new ArrayList<>();
		List<PlanIssue> warnings = new ArrayList<>();
		requiredSections(c, blocking);
		if (c.taskGroups().isEmpty()) {
			blocking.add(PlanIssue.blocking("noTaskGroup", "taskGroups"));
		}
		for (int i = 0; i < c.taskGroups().size(); i++) {
			if (blank(c.taskGroups().get(i).content())) {
				blocking.add(PlanIssue.blocking("emptyTaskGroup", "taskGroups[" + i + "].content", i + 1));
			}
		}
		if (participantCount == 0) {
			blocking.add(PlanIssue.blocking("noParticipant", "participantsChosen"));
		}
		dates(c, blocking);
		if (blank(c.signerName())) {
			blocking.add(PlanIssue.blocking("noSigner", "signerName"));
		}
		if (blank(c.signerTitle())) {
			blocking.add(PlanIssue.blocking("noSignerTitle", "signerTitle"));
		}
		texts(c, warnings);
		for (int i = 0; i < c.targets().size(); i++) {
			String label = c.targets().get(i).baselineLabel();
			Set<String> years = new LinkedHashSet<>();
			Matcher m = YEAR.matcher(label == null ? "" : label);
			while (m.find()) {
				years.add(m.group(1));
			}
			for (String year : years) {
				if (Integer.parseInt(year) != c.year() - 1) {
					warnings.add(PlanIssue.warning("baselineYear", "targets[" + i + "].baselineLabel", year,
							String.valueOf(c.year() - 1), String.valueOf(i + 1)));
				}
			}
		}
		return new PlanReadiness(blocking, warnings);
	}

	private static void requiredSections(PlanContent c, List<PlanIssue> blocking) {
		Map<String, List<String>> sections = new LinkedHashMap<>();
		sections.put("legalBases", c.legalBases());
		sections.put("purposes", c.purposes());
		sections.put("requirements", c.requirements());
		sections.put("agencyDuties", c.agencyDuties());
		sections.put("recipients", c.recipients());
		sections.forEach((field, lines) -> {
			if (lines == null || lines.stream().allMatch(PlanCheck::blank)) {
				blocking.add(PlanIssue.blocking("emptySection", field));
			}
		});
	}

	private static void dates(PlanContent c, List<PlanIssue> blocking) {
		if (c.startDate() == null || c.endDate() == null || c.subPlanDueDate() == null) {
			blocking.add(PlanIssue.blocking("datesMissing", "startDate"));
			return;
		}
		if (c.subPlanDueDate().isBefore(c.startDate())) {
			blocking.add(PlanIssue.blocking("dateBefore", "subPlanDueDate", label("startDate")));
		}
		if (c.endDate().isBefore(c.subPlanDueDate())) {
			blocking.add(PlanIssue.blocking("dateBefore", "endDate", label("subPlanDueDate")));
		}
		if (c.reportDueDate() != null && c.reportDueDate().isBefore(c.subPlanDueDate())) {
			blocking.add(PlanIssue.blocking("dateBefore", "reportDueDate", label("subPlanDueDate")));
		}
		if (c.nominationDueDate() != null && c.nominationDueDate().isBefore(c.subPlanDueDate())) {
			blocking.add(PlanIssue.blocking("dateBefore", "nominationDueDate", label("subPlanDueDate")));
		}
		Map<String, LocalDate> inYear = new LinkedHashMap<>();
		inYear.put("startDate", c.startDate());
		inYear.put("subPlanDueDate", c.subPlanDueDate());
		inYear.put("reportDueDate", c.reportDueDate());
		inYear.put("endDate", c.endDate());
		inYear.forEach((field, date) -> {
			if (date != null && date.getYear() != c.year()) {
				blocking.add(PlanIssue.blocking("dateOutsideYear", field, VnDates.shortDate(date), String.valueOf(c.year())));
			}
		});
		// the nomination deadline may fall early in the next year
		LocalDate nomination = c.nominationDueDate();
		if (nomination != null && nomination.getYear() != c.year() && nomination.getYear() != c.year() + 1) {
			blocking.add(PlanIssue.blocking("dateOutsideYear", "nominationDueDate", VnDates.shortDate(nomination),
					String.valueOf(c.year())));
		}
	}

	private static void texts(PlanContent c, List<PlanIssue> warnings) {
		Map<String, String> texts = new LinkedHashMap<>();
		texts.put("title", c.title());
		texts.put("theme", c.theme());
		texts.put("introduction", c.introduction());
		texts.put("purposes", String.join("\n", c.purposes()));
		for (int i = 0; i < c.targets().size(); i++) {
			texts.put("targets[" + i + "].textGoal", c.targets().get(i).textGoal());
		}
		texts.put("requirements", String.join("\n", c.requirements()));
		texts.put("participants", c.participants());
		texts.put("taskGroupsIntro", c.taskGroupsIntro());
		for (int i = 0; i < c.taskGroups().size(); i++) {
			texts.put("taskGroups[" + i + "].title", c.taskGroups().get(i).title());
			texts.put("taskGroups[" + i + "].content", c.taskGroups().get(i).content());
		}
		texts.put("agencyDutiesHeading", c.agencyDutiesHeading());
		texts.put("agencyDuties", String.join("\n", c.agencyDuties()));
		texts.put("officeDutiesHeading", c.officeDutiesHeading());
		texts.put("officeDuties", String.join("\n", c.officeDuties()));
		texts.put("closingText", c.closingText());
		texts.put("recipients", String.join("\n", c.recipients()));
		Map<String, LocalDate> deadlines = deadlines(c);
		texts.forEach((field, text) -> {
			if (text != null && !text.isBlank()) {
				checkText(c, field, text, deadlines, warnings);
			}
		});
	}

	private static void checkText(PlanContent c, String field, String text, Map<String, LocalDate> deadlines,
			List<PlanIssue> warnings) {
		StringBuilder masked = new StringBuilder(text);
		Set<String> reported = new LinkedHashSet<>();
		for (Pattern pattern : List.of(LONG_DATE, SHORT_DATE)) {
			Matcher m = pattern.matcher(masked);
			while (m.find()) {
				LocalDate date = date(m.group(1), m.group(2), m.group(3));
				String before = masked.substring(Math.max(0, m.start() - 40), m.start());
				if (date != null && !deadlines.containsValue(date)) {
					Map.Entry<String, LocalDate> deadline = matchingDeadline(date, deadlines);
					boolean cue = DEADLINE_CUE.matcher(before).find();
					if ((deadline != null || cue) && reported.add(m.group())) {
						Map.Entry<String, LocalDate> shown = deadline != null ? deadline
								: Map.entry("subPlanDueDate", c.subPlanDueDate());
						warnings.add(PlanIssue.warning("textDate", field, m.group(), label(shown.getKey()),
								VnDates.shortDate(shown.getValue())));
					}
				}
				for (int i = m.start(); i < m.end(); i++) {
					masked.setCharAt(i, '#');
				}
			}
		}
		boolean titleLike = field.equals("title") || field.equals("theme");
		Matcher m = YEAR.matcher(masked);
		while (m.find()) {
			int year = Integer.parseInt(m.group(1));
			boolean allowed = year == c.year() || (!titleLike && year == c.year() - 1);
			if (!allowed && reported.add(m.group(1))) {
				warnings.add(PlanIssue.warning(titleLike ? "titleYear" : "textYear", field, m.group(1),
						excerpt(text, m.start(), m.end()), String.valueOf(c.year())));
			}
		}
	}

	private static Map<String, LocalDate> deadlines(PlanContent c) {
		Map<String, LocalDate> dates = new LinkedHashMap<>();
		dates.put("subPlanDueDate", c.subPlanDueDate());
		dates.put("reportDueDate", c.reportDueDate());
		dates.put("nominationDueDate", c.nominationDueDate());
		dates.put("startDate", c.startDate());
		dates.put("endDate", c.endDate());
		dates.values().removeIf(java.util.Objects::isNull);
		return dates;
	}

	// "30/6/2024" in a 2025 plan whose sub-plan deadline is 30/6/2025: the same day of another year
	private static Map.Entry<String, LocalDate> matchingDeadline(LocalDate date, Map<String, LocalDate> deadlines) {
		return deadlines.entrySet()
			.stream()
			.filter(e -> e.getValue().getDayOfMonth() == date.getDayOfMonth()
					&& e.getValue().getMonthValue() == date.getMonthValue())
			.findFirst()
			.orElse(null);
	}

	private static LocalDate date(String day, String month, String year) {
		try {
			return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	private static String excerpt(String text, int start, int end) {
		int from = start <= 25 ? 0 : text.indexOf(' ', start - 25) + 1;
		int to = text.indexOf(' ', Math.min(text.length(), end + 8));
		to = to < 0 ? text.length() : to;
		return (from > 0 ? "…" : "") + text.substring(from, to).replace('\n', ' ').strip()
				+ (to < text.length() ? "…" : "");
	}

	private static DefaultMessageSourceResolvable label(String field) {
		return new DefaultMessageSourceResolvable(new String[] { "plan.field." + field }, field);
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

}
