package vn.atgt.thidua.audit.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import vn.atgt.thidua.audit.AuditRow;
import vn.atgt.thidua.shared.time.VnDates;

/**
 * How the audit trail reads to a clerk (templates call it as {@code @auditTexts}): actions, kinds of record and
 * changed fields by their Vietnamese names, and the values of a change or a summary with every status, part or
 * period constant ({@code SUBMITTED}, {@code TO_TRINH}) replaced by the label the owning module gives it.
 */
@Component("auditTexts")
public class AuditTexts {

	/** Record types a clerk can filter by, in the order the chooser lists them. */
	public static final List<String> RECORD_TYPES = List.of("Plan", "SubPlan", "YearEndReport", "Dossier",
			"ConsolidatedSubmission", "AccidentFigures", "Inspection", "ExemplaryModel", "Agency", "UserAccount",
			"AwardForm", "OutboxEmail");

	/** Where each kind of record keeps the labels of its constants; the others are tried after these. */
	private static final Map<String, List<String>> PREFIXES = Map.ofEntries(
			Map.entry("Plan", List.of("plan.status.", "plan.signAuthority.")),
			Map.entry("SubPlan", List.of("subplan.status.")),
			Map.entry("YearEndReport", List.of("yearReport.status.")),
			Map.entry("Dossier", List.of("nomination.status.", "nomination.part.", "nomination.subject.",
					"nomination.nomineeStatus.", "nomination.sex.", "nomination.kind.")),
			Map.entry("AccidentFigures", List.of("stats.periodType.")),
			Map.entry("Agency", List.of("agency.kind.")), Map.entry("UserAccount", List.of("role.")),
			Map.entry("AwardForm", List.of("nomination.kind.")),
			Map.entry("ReportForm", List.of("nomination.subject.")),
			Map.entry("Disclosure", List.of("nomination.disclosure.triage.")),
			Map.entry("OutboxEmail", List.of("notification.outbox.status.")));

	private static final Pattern CONSTANT = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b|\\b[A-Z]{3,}\\b");

	private final MessageSource messages;

	AuditTexts(MessageSource messages) {
		this.messages = messages;
	}

	public String action(String action) {
		return action == null ? "" : message("audit.action." + action, action);
	}

	public String recordType(String type) {
		return type == null ? "" : message("audit.recordType." + type, type);
	}

	public String field(String field) {
		return field == null ? "" : message("audit.changeField." + field, field);
	}

	/** A changed value as text: constants by their label, yes/no for flags, "—" for nothing. */
	public String value(String recordType, String value) {
		if (value == null || value.isBlank() || "null".equals(value)) {
			return message("audit.value.none", "—");
		}
		if ("true".equals(value) || "false".equals(value)) {
			return message("audit.value." + value, value);
		}
		return constants(recordType, value);
	}

	public String summary(String recordType, String summary) {
		return summary == null ? null : constants(recordType, summary);
	}

	/** {@code 12/KH-BATGT ngày 10/6/2024}; a plan without a number yet: {@code Dự thảo kế hoạch năm 2025}. */
	public String plan(AuditRow.PlanRef plan) {
		if (plan == null) {
			return null;
		}
		if (!plan.isNumbered()) {
			return message("audit.record.planDraft", null, plan.year());
		}
		return plan.issueDate() == null ? plan.numberSymbol()
				: message("audit.record.plan", null, plan.numberSymbol(), VnDates.shortDate(plan.issueDate()));
	}

	/** The record as a clerk names it: its kind, its name and the plan it belongs to. */
	public String record(AuditRow row) {
		if (row.recordType() == null) {
			return "";
		}
		List<String> parts = new ArrayList<>();
		parts.add(recordType(row.recordType()));
		if (row.recordName() != null && !row.recordName().isBlank()) {
			parts.add(row.recordName());
		}
		String plan = plan(row.plan());
		if (plan != null && !"Plan".equals(row.recordType())) {
			parts.add(plan);
		}
		else if (plan != null) {
			parts.add(1, plan);
		}
		return String.join(" – ", parts);
	}

	private String constants(String recordType, String text) {
		Matcher m = CONSTANT.matcher(text);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			m.appendReplacement(out, Matcher.quoteReplacement(constant(recordType, m.group())));
		}
		m.appendTail(out);
		return out.toString();
	}

	private String constant(String recordType, String constant) {
		Set<String> prefixes = new LinkedHashSet<>(PREFIXES.getOrDefault(recordType, List.of()));
		PREFIXES.values().forEach(prefixes::addAll);
		for (String prefix : prefixes) {
			String label = message(prefix + constant, null);
			if (label != null) {
				return label;
			}
		}
		return constant;
	}

	private String message(String key, String fallback, Object... args) {
		return this.messages.getMessage(key, args, fallback, LocaleContextHolder.getLocale());
	}

}
