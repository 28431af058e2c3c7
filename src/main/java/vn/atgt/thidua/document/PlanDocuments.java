package vn.atgt.thidua.document;

import org.springframework.stereotype.Component;

import vn.atgt.thidua.plan.PlanContent;
import vn.atgt.thidua.plan.PlanView;
import vn.atgt.thidua.plan.SignAuthority;
import vn.atgt.thidua.plan.TaskGroupSpec;
import vn.atgt.thidua.shared.time.VnDates;

/** The movement plan (seed 000) as an {@link AdminDocument}, section by section as the print view lays it out. */
@Component
public class PlanDocuments {

	public AdminDocument plan(PlanView plan) {
		PlanContent c = plan.content();
		AdminDocument.Builder doc = AdminDocument.builder()
			.letterhead(c.parentBody(), c.issuingBody())
			.number(plan.numberSymbol())
			.placeAndDate(c.place(), plan.issueDate())
			.type(DocumentTexts.get("document.plan.type"), c.title());
		doc.paragraph(preamble(c));
		doc.section(DocumentTexts.get("document.plan.purposeSection"));
		doc.item(DocumentTexts.get("document.plan.purposes")).bullets(c.purposes());
		doc.item(DocumentTexts.get("document.plan.requirements")).bullets(c.requirements());
		if (c.participants() != null && !c.participants().isBlank()) {
			doc.item(DocumentTexts.get("document.plan.participants")).paragraph(c.participants());
		}
		doc.section(DocumentTexts.get("document.plan.contentSection"));
		doc.paragraph(c.taskGroupsIntro());
		for (TaskGroupSpec group : c.taskGroups()) {
			doc.numbered(group.content());
		}
		doc.section(DocumentTexts.get("document.plan.organisationSection"));
		doc.numbered(DocumentTexts.get("document.plan.timeline", VnDates.shortDate(c.endDate())));
		if (c.agencyDuties() != null && !c.agencyDuties().isEmpty()) {
			doc.numbered(c.agencyDutiesHeading()).bullets(c.agencyDuties());
		}
		if (c.officeDuties() != null && !c.officeDuties().isEmpty()) {
			doc.numbered(c.officeDutiesHeading()).bullets(c.officeDuties());
		}
		doc.paragraph(c.closingText());
		return doc.recipients(c.recipients() == null ? java.util.List.of() : c.recipients())
			.signature(signature(c.signAuthority(), c.signerHeadTitle(), c.signerTitle(), c.signerName()))
			.build();
	}

	/** A signature block from the plan module's {@link SignAuthority}. */
	public static Signature signature(SignAuthority authority, String headTitle, String signerTitle, String name) {
		String prefix = authority == null ? "" : authority.prefix();
		return new Signature(prefix, prefix.isEmpty() ? "" : headTitle, signerTitle, name);
	}

	/** A file name for downloads: "ke-hoach-12-KH-BATGT-2024". */
	public static String fileName(PlanView plan) {
		String number = plan.number() == null ? "du-thao" : plan.numberSymbol();
		return Documents.safeFileName("ke-hoach-" + number + "-" + plan.content().year());
	}

	private static String preamble(PlanContent c) {
		StringBuilder text = new StringBuilder();
		if (c.legalBases() != null && !c.legalBases().isEmpty()) {
			text.append(DocumentTexts.get("document.plan.preambleStart")).append(' ')
				.append(String.join("; ", c.legalBases())).append(". ");
		}
		if (c.introduction() != null) {
			text.append(c.introduction());
		}
		return text.toString();
	}

}
