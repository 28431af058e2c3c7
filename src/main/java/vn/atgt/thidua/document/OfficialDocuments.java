package vn.atgt.thidua.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.atgt.thidua.shared.time.VnDates;

/**
 * Builds the committee's other documents from plain data, so any module can print them without knowing the layout:
 * the reminder letter (công văn đôn đốc), an agency's sub-plan (seed 001), a year-end report (agency or
 * consolidated) and the award submission (tờ trình) with its nominee table. Render the result with {@link Documents}.
 */
@Component
public class OfficialDocuments {

	/** Header data shared by every document of a body. {@code bodySymbol} is "BATGT", "STTTT"… */
	public record Letterhead(String parentBody, String issuingBody, String bodySymbol, String place) {

		/** The provincial Traffic Safety Committee (Ban ATGT tỉnh Lạng Sơn). */
		public static Letterhead committee() {
			return new Letterhead(DocumentTexts.get("document.committee.parentBody"),
					DocumentTexts.get("document.committee.issuingBody"), DocumentTexts.get("document.committee.symbol"),
					DocumentTexts.get("document.committee.place"));
		}

	}

	/** One late submission: who, what ("Kế hoạch thực hiện", "Báo cáo tổng kết"…), when it was due, days late. */
	public record LateSubmission(String agencyName, String submission, LocalDate dueDate, long daysLate) {
	}

	/**
	 * A reminder letter. {@code subject} follows "V/v" ("đôn đốc gửi kế hoạch thực hiện phong trào thi đua năm 2024");
	 * {@code number} may be null until the letter is registered.
	 */
	public record ReminderLetter(Letterhead letterhead, Integer number, LocalDate date, String subject,
			List<String> addressees, String introduction, List<LateSubmission> late, String request,
			List<String> recipients, Signature signature) {
	}

	/** An internal unit's duties in a sub-plan's "Tổ chức thực hiện". */
	public record Assignment(String unit, List<String> duties) {
	}

	/** An agency's implementation plan (kế hoạch thực hiện), shaped like seed 001. */
	public record SubPlan(Letterhead letterhead, Integer number, LocalDate date, List<String> titleLines,
			String preamble, List<String> purposes, List<String> contents, List<Assignment> assignments,
			String closing, List<String> recipients, Signature signature) {
	}

	/**
	 * A section of a report: heading (numbered I., then 1., then a) by depth), its paragraphs and "- " items, an
	 * optional table (figures, agencies), and subsections.
	 */
	public record ReportSection(String heading, List<String> paragraphs, List<String> bullets, Block.Table table,
			List<ReportSection> subsections) {

		public static ReportSection of(String heading, List<String> paragraphs) {
			return new ReportSection(heading, paragraphs, List.of(), null, List.of());
		}

	}

	/** A year-end report (báo cáo tổng kết), of one agency or consolidated by the office. */
	public record Report(Letterhead letterhead, Integer number, LocalDate date, List<String> titleLines,
			String preamble, List<ReportSection> sections, String closing, List<String> recipients,
			Signature signature) {
	}

	/** A nominee of a submission: the collective's or person's name, position and unit, award form, achievement. */
	public record Nominee(String name, String positionAndUnit, String awardForm, String achievement) {
	}

	/** The award submission (tờ trình) to the Chairman with its list of nominees. */
	public record AwardSubmission(Letterhead letterhead, Integer number, LocalDate date, List<String> titleLines,
			List<String> addressees, String preamble, String introduction, List<Nominee> nominees, String request,
			List<String> recipients, Signature signature) {
	}

	/** The công văn đôn đốc: "V/v" under the number, "Kính gửi", the table of late agencies with their deadlines. */
	public AdminDocument reminderLetter(ReminderLetter letter) {
		Letterhead head = letter.letterhead();
		List<List<String>> rows = new ArrayList<>();
		int index = 1;
		for (LateSubmission late : letter.late()) {
			rows.add(List.of(String.valueOf(index++), late.agencyName(), late.submission(),
					VnDates.shortDate(late.dueDate()), String.valueOf(late.daysLate())));
		}
		AdminDocument.Builder doc = start(head, letter.number(), "", letter.date()).letter(letter.subject())
			.addressees(letter.addressees())
			.paragraph(letter.introduction());
		if (!rows.isEmpty()) {
			doc.table(List.of(column("document.column.index", 8, true), column("document.column.agency", 37, false),
					column("document.column.submission", 27, false), column("document.column.dueDate", 14, true),
					column("document.column.daysLate", 14, true)), rows);
		}
		return doc.paragraph(letter.request()).recipients(letter.recipients()).signature(letter.signature()).build();
	}

	/** An agency's sub-plan: I. purposes (items), II. contents (numbered), III. one numbered unit per assignment. */
	public AdminDocument subPlan(SubPlan plan) {
		AdminDocument.Builder doc = start(plan.letterhead(), plan.number(), DocumentTexts.get("document.symbol.plan"),
				plan.date())
			.type(DocumentTexts.get("document.plan.type"), plan.titleLines().toArray(String[]::new))
			.paragraph(plan.preamble());
		doc.section(DocumentTexts.get("document.plan.purposeSection")).bullets(plan.purposes());
		doc.section(DocumentTexts.get("document.subplan.contentSection"));
		plan.contents().forEach(doc::numbered);
		doc.section(DocumentTexts.get("document.plan.organisationSection"));
		for (Assignment assignment : plan.assignments()) {
			doc.item(assignment.unit());
			if (assignment.duties().size() == 1) {
				doc.paragraph(assignment.duties().get(0));
			}
			else {
				doc.bullets(assignment.duties());
			}
		}
		return doc.paragraph(plan.closing()).recipients(plan.recipients()).signature(plan.signature()).build();
	}

	/** A year-end report ("BÁO CÁO"), sections numbered I. / 1. / a). */
	public AdminDocument report(Report report) {
		AdminDocument.Builder doc = start(report.letterhead(), report.number(),
				DocumentTexts.get("document.symbol.report"), report.date())
			.type(DocumentTexts.get("document.report.type"), report.titleLines().toArray(String[]::new))
			.paragraph(report.preamble());
		for (ReportSection section : report.sections()) {
			doc.section(section.heading());
			content(doc, section);
			for (ReportSection item : section.subsections()) {
				doc.item(item.heading());
				content(doc, item);
				for (ReportSection point : item.subsections()) {
					doc.point(point.heading());
					content(doc, point);
				}
			}
		}
		return doc.paragraph(report.closing()).recipients(report.recipients()).signature(report.signature()).build();
	}

	/** The tờ trình ("TỜ TRÌNH", TTr) with "Kính gửi" and the numbered table of nominees. */
	public AdminDocument awardSubmission(AwardSubmission submission) {
		List<List<String>> rows = new ArrayList<>();
		int index = 1;
		for (Nominee nominee : submission.nominees()) {
			rows.add(List.of(String.valueOf(index++), nominee.name(), nominee.positionAndUnit(), nominee.awardForm(),
					nominee.achievement()));
		}
		AdminDocument.Builder doc = start(submission.letterhead(), submission.number(),
				DocumentTexts.get("document.symbol.submission"), submission.date())
			.type(DocumentTexts.get("document.submission.type"), submission.titleLines().toArray(String[]::new))
			.addressees(submission.addressees())
			.paragraph(submission.preamble())
			.paragraph(submission.introduction());
		if (!rows.isEmpty()) {
			doc.table(List.of(column("document.column.index", 8, true), column("document.column.nominee", 23, false),
					column("document.column.position", 23, false), column("document.column.awardForm", 18, false),
					column("document.column.achievement", 28, false)), rows);
		}
		return doc.paragraph(submission.request())
			.recipients(submission.recipients())
			.signature(submission.signature())
			.build();
	}

	private static AdminDocument.Builder start(Letterhead head, Integer number, String typeSymbol, LocalDate date) {
		return AdminDocument.builder()
			.letterhead(head.parentBody(), head.issuingBody())
			.number(number, typeSymbol, head.bodySymbol())
			.placeAndDate(head.place(), date);
	}

	private static void content(AdminDocument.Builder doc, ReportSection section) {
		if (section.paragraphs() != null) {
			section.paragraphs().forEach(doc::paragraph);
		}
		if (section.bullets() != null) {
			doc.bullets(section.bullets());
		}
		if (section.table() != null) {
			doc.table(section.table().columns(), section.table().rows());
		}
	}

	private static Block.Column column(String key, int weight, boolean centred) {
		return new Block.Column(DocumentTexts.get(key), weight, centred);
	}

}
