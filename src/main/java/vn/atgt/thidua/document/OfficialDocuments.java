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

	/**
	 * A nominee of a submission: the collective's or person's name, position and unit, award form, achievement, and
	 * the prize money as printed ("2.340.000", "Chưa xác định"), or null when the document shows no amounts.
	 */
	public record Nominee(String name, String positionAndUnit, String awardForm, String achievement, String amount) {

		public Nominee(String name, String positionAndUnit, String awardForm, String achievement) {
			this(name, positionAndUnit, awardForm, achievement, null);
		}

	}

	/**
	 * The award submission (tờ trình) to the Chairman with its list of nominees; {@code total} is the sentence giving
	 * the total prize money under the table, or null.
	 */
	public record AwardSubmission(Letterhead letterhead, Integer number, LocalDate date, List<String> titleLines,
			List<String> addressees, String preamble, String introduction, List<Nominee> nominees, String total,
			String request, List<String> recipients, Signature signature) {

		public AwardSubmission(Letterhead letterhead, Integer number, LocalDate date, List<String> titleLines,
				List<String> addressees, String preamble, String introduction, List<Nominee> nominees, String request,
				List<String> recipients, Signature signature) {
			this(letterhead, number, date, titleLines, addressees, preamble, introduction, nominees, null, request,
					recipients, signature);
		}

	}

	/**
	 * The Chairman's decision (quyết định cá biệt) on a submission, with its attached list: {@code numberSymbol} is
	 * "163/QĐ-UBND" once issued, null for a draft; {@code authority} the line under the title ("CHỦ TỊCH ỦY BAN NHÂN
	 * DÂN TỈNH …"); {@code bases} the "Căn cứ …" lines; {@code articles} "Điều 1. …" to the last, which closes the
	 * body; the list's {@code nominees} carry their amounts and {@code total} is the figure of the total row.
	 */
	public record AwardDecision(Letterhead letterhead, String numberSymbol, LocalDate date, List<String> titleLines,
			String authority, List<String> bases, String decides, List<String> articles, List<String> recipients,
			Signature signature, List<String> annexTitle, String annexReference, List<Nominee> nominees,
			String total) {
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
		boolean amounts = submission.nominees().stream().anyMatch(n -> n.amount() != null);
		List<List<String>> rows = new ArrayList<>();
		int index = 1;
		for (Nominee nominee : submission.nominees()) {
			List<String> row = new ArrayList<>(List.of(String.valueOf(index++), nominee.name(),
					nominee.positionAndUnit(), nominee.awardForm(), nominee.achievement()));
			if (amounts) {
				row.add(nominee.amount() == null ? "" : nominee.amount());
			}
			rows.add(row);
		}
		AdminDocument.Builder doc = start(submission.letterhead(), submission.number(),
				DocumentTexts.get("document.symbol.submission"), submission.date())
			.type(DocumentTexts.get("document.submission.type"), submission.titleLines().toArray(String[]::new))
			.addressees(submission.addressees())
			.paragraph(submission.preamble())
			.paragraph(submission.introduction());
		if (!rows.isEmpty() && amounts) {
			doc.table(List.of(column("document.column.index", 7, true), column("document.column.nominee", 20, false),
					column("document.column.position", 20, false), column("document.column.awardForm", 16, false),
					column("document.column.achievement", 23, false), column("document.column.amount", 14, true)),
					rows);
		}
		else if (!rows.isEmpty()) {
			doc.table(List.of(column("document.column.index", 8, true), column("document.column.nominee", 23, false),
					column("document.column.position", 23, false), column("document.column.awardForm", 18, false),
					column("document.column.achievement", 28, false)), rows);
		}
		return doc.paragraph(submission.total())
			.paragraph(submission.request())
			.recipients(submission.recipients())
			.signature(submission.signature())
			.build();
	}

	/**
	 * The decision ("QUYẾT ĐỊNH", QĐ): the issuer's line, the bases, "QUYẾT ĐỊNH:", the articles, and from a new page
	 * the attached list of awardees with their prize money and the total row.
	 */
	public AdminDocument awardDecision(AwardDecision decision) {
		Letterhead head = decision.letterhead();
		AdminDocument.Builder doc = decision.numberSymbol() == null
				? start(head, null, DocumentTexts.get("document.symbol.decision"), decision.date())
				: start(head, null, "", decision.date()).number(decision.numberSymbol());
		doc.type(DocumentTexts.get("document.decision.type"), decision.titleLines().toArray(String[]::new))
			.heading(decision.authority());
		decision.bases().forEach(doc::paragraph);
		doc.heading(decision.decides());
		decision.articles().forEach(doc::paragraph);
		List<List<String>> rows = new ArrayList<>();
		int index = 1;
		for (Nominee nominee : decision.nominees()) {
			rows.add(List.of(String.valueOf(index++), nominee.name(), nominee.positionAndUnit(), nominee.awardForm(),
					nominee.amount() == null ? "" : nominee.amount()));
		}
		rows.add(List.of("", DocumentTexts.get("document.column.total"), "", "", decision.total()));
		Block.Table list = new Block.Table(List.of(column("document.column.index", 8, true),
				column("document.column.nominee", 28, false), column("document.column.position", 26, false),
				column("document.column.awardForm", 22, false), column("document.column.amount", 16, true)), rows);
		return doc.recipients(decision.recipients())
			.signature(decision.signature())
			.annex(new AdminDocument.Annex(decision.annexTitle(), decision.annexReference(), List.of(list)))
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
