package vn.atgt.thidua.nomination;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.atgt.thidua.document.AdminDocument;
import vn.atgt.thidua.document.DocumentTexts;
import vn.atgt.thidua.document.Documents;
import vn.atgt.thidua.document.OfficialDocuments.Letterhead;
import vn.atgt.thidua.document.PlanDocuments;
import vn.atgt.thidua.plan.PlanContent;
import vn.atgt.thidua.plan.PlanView;
import vn.atgt.thidua.shared.time.VnDates;

/** Rule 16: the notice (thông báo, Decree 30 format) for a nominee that failed appraisal or was not awarded. */
@Component
public class NoticeDocuments {

	public AdminDocument document(NoticeService.NoticeView view, PlanView plan) {
		PlanContent c = plan.content();
		NomineeNotice notice = view.notice();
		Letterhead head = Letterhead.committee();
		String planRef = plan.issueDate() == null ? plan.numberSymbol()
				: DocumentTexts.get("document.planReference", plan.numberSymbol(), VnDates.shortDate(plan.issueDate()));
		return AdminDocument.builder()
			.letterhead(head.parentBody(), head.issuingBody())
			.number(notice.getNumber(), DocumentTexts.get("document.notice.symbol"), head.bodySymbol())
			.placeAndDate(head.place(), notice.getIssuedOn())
			.type(DocumentTexts.get("document.notice.type"),
					DocumentTexts.get("document.notice.title", String.valueOf(c.year())))
			.paragraph(DocumentTexts.get("document.notice.preamble", planRef, c.title()))
			.paragraph(DocumentTexts.get("document.notice." + notice.getKind(), view.agencyName(), view.nomineeName()))
			.paragraph(DocumentTexts.get("document.notice.reason", notice.getReason()))
			.paragraph(DocumentTexts.get("document.notice.closing", view.agencyName()))
			.recipients(List.of(DocumentTexts.get("document.notice.recipients", view.agencyName()).split("\\|")))
			.signature(PlanDocuments.signature(c.signAuthority(), c.signerHeadTitle(), c.signerTitle(), c.signerName()))
			.build();
	}

	/** "thong-bao-12-2025". */
	public static String fileName(NomineeNotice notice) {
		return Documents.safeFileName("thong-bao-" + notice.getNumber() + "-" + notice.getYear());
	}

}
