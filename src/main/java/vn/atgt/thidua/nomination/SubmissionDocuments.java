package vn.atgt.thidua.nomination;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import vn.atgt.thidua.document.AdminDocument;
import vn.atgt.thidua.document.DocumentTexts;
import vn.atgt.thidua.document.Documents;
import vn.atgt.thidua.document.OfficialDocuments;
import vn.atgt.thidua.document.OfficialDocuments.Letterhead;
import vn.atgt.thidua.document.PlanDocuments;
import vn.atgt.thidua.plan.PlanContent;
import vn.atgt.thidua.plan.PlanView;
import vn.atgt.thidua.shared.time.VnDates;

/** The consolidated submission as the committee's tờ trình (TTr) with its nominee table, signed as the plan is. */
@Component
public class SubmissionDocuments {

	private final OfficialDocuments documents;

	SubmissionDocuments(OfficialDocuments documents) {
		this.documents = documents;
	}

	public AdminDocument document(SubmissionService.SubmissionView view, PlanView plan) {
		PlanContent c = plan.content();
		List<OfficialDocuments.Nominee> nominees = view.rows().stream()
			.map(r -> new OfficialDocuments.Nominee(r.name(), join(r.positionTitle(), r.unit()), r.awardForm(),
					r.achievement()))
			.toList();
		String planRef = plan.issueDate() == null ? plan.numberSymbol()
				: DocumentTexts.get("document.planReference", plan.numberSymbol(), VnDates.shortDate(plan.issueDate()));
		return this.documents.awardSubmission(new OfficialDocuments.AwardSubmission(Letterhead.committee(), null,
				null, List.of(DocumentTexts.get("document.submission.title", String.valueOf(c.year()))),
				List.of(DocumentTexts.get("document.submission.addressee")),
				DocumentTexts.get("document.submission.preamble", planRef, c.title()),
				DocumentTexts.get("document.submission.introduction", String.valueOf(nominees.size())), nominees,
				DocumentTexts.get("document.submission.request"),
				List.of(DocumentTexts.get("document.submission.recipients").split("\\|")),
				PlanDocuments.signature(c.signAuthority(), c.signerHeadTitle(), c.signerTitle(), c.signerName())));
	}

	/** "to-trinh-khen-thuong-2024-3". */
	public static String fileName(SubmissionService.SubmissionView view, PlanView plan) {
		return Documents.safeFileName("to-trinh-khen-thuong-" + plan.content().year() + "-" + view.submission().getId());
	}

	private static String join(String... parts) {
		return Stream.of(parts).filter(p -> p != null && !p.isBlank()).collect(Collectors.joining(", "));
	}

}
