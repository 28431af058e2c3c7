package vn.atgt.thidua.subplan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import vn.atgt.thidua.agency.AgencyDirectory;
import vn.atgt.thidua.agency.AgencyOption;
import vn.atgt.thidua.document.AdminDocument;
import vn.atgt.thidua.document.Documents;
import vn.atgt.thidua.document.DocumentTexts;
import vn.atgt.thidua.document.OfficialDocuments;
import vn.atgt.thidua.document.OfficialDocuments.Letterhead;
import vn.atgt.thidua.document.PlanDocuments;
import vn.atgt.thidua.plan.PlanContent;
import vn.atgt.thidua.plan.PlanView;
import vn.atgt.thidua.document.Signature;
import vn.atgt.thidua.shared.time.VnDates;

/** An agency's sub-plan as the Decree 30 "KẾ HOẠCH" of seed 001, for the PDF and DOCX downloads. */
@Component
public class SubPlanDocuments {

	private static final Pattern NUMBER = Pattern.compile("^\\s*(\\d+)?\\s*/\\s*KH\\s*-\\s*(\\S+)\\s*$",
			Pattern.CASE_INSENSITIVE);

	private static final Locale VI = Locale.forLanguageTag("vi-VN");

	private final OfficialDocuments documents;

	private final AgencyDirectory agencies;

	SubPlanDocuments(OfficialDocuments documents, AgencyDirectory agencies) {
		this.documents = documents;
		this.agencies = agencies;
	}

	/** The document of {@code view}; {@code planIssueDate} is the movement plan's date, quoted in the preamble. */
	public AdminDocument document(SubPlanView view, LocalDate planIssueDate) {
		SubPlanContent c = view.content();
		AgencyOption agency = this.agencies.mapByIds(List.of(view.agencyId())).get(view.agencyId());
		Integer number = null;
		String symbol = agency != null && agency.shortName() != null && !agency.shortName().isBlank()
				? agency.shortName() : initials(view.agencyName());
		Matcher matcher = c.numberSymbol() == null ? null : NUMBER.matcher(c.numberSymbol());
		if (matcher != null && matcher.matches()) {
			number = matcher.group(1) == null ? null : Integer.valueOf(matcher.group(1));
			symbol = matcher.group(2);
		}
		Letterhead head = new Letterhead(DocumentTexts.get("document.committee.parentBody"),
				view.agencyName().toUpperCase(VI), symbol, DocumentTexts.get("document.committee.place"));
		String preamble = c.introduction() != null && !c.introduction().isBlank() ? c.introduction()
				: DocumentTexts.get("document.subplan.preamble", view.planNumberSymbol(),
						planIssueDate == null ? "" : VnDates.shortDate(planIssueDate), view.planTitle(),
						view.agencyName());
		List<String> purposes = new ArrayList<>(c.purposes());
		purposes.addAll(c.indicators());
		List<String> contents = c.items().stream().map(SubPlanDocuments::itemText).toList();
		List<OfficialDocuments.Assignment> assignments = c.assignments().stream()
			.map(a -> new OfficialDocuments.Assignment(a.unit(), a.duties()))
			.toList();
		return this.documents.subPlan(new OfficialDocuments.SubPlan(head, number, c.issueDate(),
				List.of(DocumentTexts.get("document.subplan.title", String.valueOf(view.planYear()))), preamble,
				purposes, contents, assignments,
				DocumentTexts.get("document.subplan.closing", String.valueOf(view.planYear()), view.agencyName()),
				c.recipients(), Signature.head(upper(c.signerTitle()), c.signerName())));
	}

	/**
	 * The công văn đôn đốc of a plan's sub-plans, naming each awaited agency with the deadline and the days it is
	 * late (0 before the deadline), dated {@code today}; signed as the plan is.
	 */
	public AdminDocument reminderLetter(PlanView plan, List<BoardRow> awaited, LocalDate today) {
		return reminderLetter(plan, awaited, today, null);
	}

	/** The same letter asking for the sub-plans by {@code newDeadline}, the date the office gives (null: none). */
	public AdminDocument reminderLetter(PlanView plan, List<BoardRow> awaited, LocalDate today,
			LocalDate newDeadline) {
		PlanContent c = plan.content();
		LocalDate due = c.subPlanDueDate();
		long late = due == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(due, today));
		List<OfficialDocuments.LateSubmission> rows = awaited.stream()
			.map(r -> new OfficialDocuments.LateSubmission(r.agencyName(),
					DocumentTexts.get("document.reminder.submission"), due, late))
			.toList();
		List<String> addressees = new ArrayList<>();
		for (int i = 0; i < awaited.size(); i++) {
			addressees.add(awaited.get(i).agencyName() + (i == awaited.size() - 1 ? "." : ";"));
		}
		String planRef = plan.issueDate() == null ? plan.numberSymbol()
				: DocumentTexts.get("document.planReference", plan.numberSymbol(), VnDates.shortDate(plan.issueDate()));
		return this.documents.reminderLetter(new OfficialDocuments.ReminderLetter(Letterhead.committee(), null, today,
				DocumentTexts.get("document.reminder.subject", String.valueOf(c.year())), addressees,
				DocumentTexts.get("document.reminder.introduction", planRef, c.title()), rows,
				newDeadline == null ? DocumentTexts.get("document.reminder.request")
						: DocumentTexts.get("document.reminder.requestBy", VnDates.shortDate(newDeadline)),
				List.of(DocumentTexts.get("document.reminder.recipients").split("\\|")),
				PlanDocuments.signature(c.signAuthority(), c.signerHeadTitle(), c.signerTitle(), c.signerName())));
	}

	/** "ke-hoach-thuc-hien-2024-so-giao-thong-van-tai". */
	public static String fileName(SubPlanView view) {
		return Documents.safeFileName("ke-hoach-thuc-hien-" + view.planYear() + "-" + view.agencyName());
	}

	private static String itemText(SubPlanItem item) {
		boolean unit = item.unit() != null && !item.unit().isBlank();
		boolean timeline = item.timeline() != null && !item.timeline().isBlank();
		if (!unit && !timeline) {
			return item.content();
		}
		return DocumentTexts.get("document.subplan.itemDetails", item.content(), unit ? item.unit() : "",
				timeline ? item.timeline() : "");
	}

	private static String upper(String text) {
		return text == null ? null : text.toUpperCase(VI);
	}

	/** "Sở Giao thông vận tải" → "SGTVT". */
	static String initials(String name) {
		StringBuilder out = new StringBuilder();
		for (String word : name.trim().split("\\s+")) {
			if (!word.isEmpty() && Character.isLetter(word.codePointAt(0))) {
				out.appendCodePoint(Character.toUpperCase(word.codePointAt(0)));
			}
		}
		return out.toString();
	}

}
