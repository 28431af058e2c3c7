package vn.atgt.thidua.nomination;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import vn.atgt.thidua.document.AdminDocument;
import vn.atgt.thidua.document.Block;
import vn.atgt.thidua.document.DocumentTexts;
import vn.atgt.thidua.document.Documents;
import vn.atgt.thidua.document.OfficialDocuments;
import vn.atgt.thidua.document.OfficialDocuments.Letterhead;
import vn.atgt.thidua.document.PlanDocuments;
import vn.atgt.thidua.document.Signature;
import vn.atgt.thidua.plan.PlanContent;
import vn.atgt.thidua.plan.PlanView;
import vn.atgt.thidua.shared.text.VnMoney;
import vn.atgt.thidua.shared.time.VnDates;

/**
 * The consolidated submission as the committee's tờ trình (TTr) with its nominee table and prize money, signed as
 * the plan is; and the Chairman's decision (QĐ) on it with the attached list of awardees: a draft while the
 * decision is not recorded, the recorded number, date, signer and fixed amounts afterwards.
 */
@Component
public class SubmissionDocuments {

	private final OfficialDocuments documents;

	SubmissionDocuments(OfficialDocuments documents) {
		this.documents = documents;
	}

	public AdminDocument document(SubmissionService.SubmissionView view, PlanView plan) {
		PlanContent c = plan.content();
		PrizeMoney prizes = view.prizes();
		List<OfficialDocuments.Nominee> nominees = view.rows().stream()
			.map(r -> new OfficialDocuments.Nominee(r.name(), join(r.positionTitle(), r.unit()), r.awardForm(),
					r.achievement(), prizes.counts(r.nomineeId()) ? amount(prizes.amountOf(r.nomineeId())) : ""))
			.toList();
		String planRef = plan.issueDate() == null ? plan.numberSymbol()
				: DocumentTexts.get("document.planReference", plan.numberSymbol(), VnDates.shortDate(plan.issueDate()));
		return this.documents.awardSubmission(new OfficialDocuments.AwardSubmission(Letterhead.committee(), null,
				null, List.of(DocumentTexts.get("document.submission.title", String.valueOf(c.year()))),
				List.of(DocumentTexts.get("document.submission.addressee")),
				DocumentTexts.get("document.submission.preamble", planRef, c.title()),
				DocumentTexts.get("document.submission.introduction", String.valueOf(nominees.size())), nominees,
				total("document.submission.total", prizes), DocumentTexts.get("document.submission.request"),
				List.of(DocumentTexts.get("document.submission.recipients").split("\\|")),
				PlanDocuments.signature(c.signAuthority(), c.signerHeadTitle(), c.signerTitle(), c.signerName())));
	}

	/**
	 * The Chairman's decision with its attached list: the nominees that have an amount line (passing ones in a
	 * draft, awarded ones once decided), their prize money and the total in figures.
	 */
	public AdminDocument decision(SubmissionService.SubmissionView view, PlanView plan) {
		ConsolidatedSubmission s = view.submission();
		PrizeMoney prizes = view.prizes();
		List<OfficialDocuments.Nominee> awardees = view.rows().stream()
			.filter(r -> s.isDecided() ? r.status() == NomineeStatus.AWARDED
					: prizes.counts(r.nomineeId()) && view.carried(r.nomineeId()))
			.map(r -> new OfficialDocuments.Nominee(r.name(), join(r.positionTitle(), r.unit()), r.awardForm(),
					r.achievement(), amount(prizes.amountOf(r.nomineeId()))))
			.toList();
		String year = String.valueOf(plan.content().year());
		String numberSymbol = s.isDecided() ? s.getDecisionNumber() : DocumentTexts.get("document.decision.draftNumber");
		List<String> articles = List.of(
				DocumentTexts.get("document.decision.article1", String.valueOf(awardees.size()), year),
				total("document.decision.article2", prizes), DocumentTexts.get("document.decision.article3"));
		return this.documents.awardDecision(new OfficialDocuments.AwardDecision(decisionLetterhead(),
				s.isDecided() ? s.getDecisionNumber() : null, s.getDecisionDate(),
				List.of(DocumentTexts.get("document.decision.title", year)),
				DocumentTexts.get("document.decision.authority"),
				List.of(DocumentTexts.get("document.decision.bases").split("\\|")),
				DocumentTexts.get("document.decision.decides"), articles,
				List.of(DocumentTexts.get("document.decision.recipients").split("\\|")),
				Signature.head(DocumentTexts.get("document.decision.signerTitle"),
						s.isDecided() ? s.getDecisionSigner() : ""),
				List.of(DocumentTexts.get("document.decision.annexTitle").split("\\|")),
				DocumentTexts.get("document.decision.annexReference", numberSymbol, VnDates.longDate(s.getDecisionDate())),
				awardees, VnMoney.figures(prizes.total())));
	}

	/**
	 * Rule 12: the minutes (biên bản) of the council's vote: the meeting, members total and present, the threshold
	 * counted against all members, and for each nominee voted on its votes, ratio and result.
	 */
	public AdminDocument minutes(SubmissionService.SubmissionView view, PlanView plan) {
		CouncilVote vote = view.vote();
		PlanContent c = plan.content();
		Letterhead head = Letterhead.committee();
		int members = vote.getMembersTotal();
		List<List<String>> rows = new java.util.ArrayList<>();
		int stt = 0;
		for (AwardRow r : view.rows()) {
			var count = vote.countOf(r.nomineeId());
			if (count.isEmpty()) {
				continue;
			}
			int votesFor = count.get().votesFor();
			rows.add(List.of(String.valueOf(++stt), join(r.name(), r.unit()), r.awardForm(), String.valueOf(votesFor),
					CouncilVote.ratio(votesFor, members), DocumentTexts
						.get(count.get().carried() ? "document.minutes.carried" : "document.minutes.notCarried")));
		}
		List<Block.Column> columns = List.of(new Block.Column(DocumentTexts.get("document.minutes.column.stt"), 1, true),
				new Block.Column(DocumentTexts.get("document.minutes.column.name"), 6, false),
				new Block.Column(DocumentTexts.get("document.minutes.column.awardForm"), 4, false),
				new Block.Column(DocumentTexts.get("document.minutes.column.votes"), 2, true),
				new Block.Column(DocumentTexts.get("document.minutes.column.ratio"), 2, true),
				new Block.Column(DocumentTexts.get("document.minutes.column.result"), 3, true));
		long carried = vote.getCounts().stream().filter(CouncilVote.Count::carried).count();
		return AdminDocument.builder()
			.letterhead(head.parentBody(), DocumentTexts.get("document.minutes.issuingBody"))
			.number(null, DocumentTexts.get("document.minutes.symbol"), DocumentTexts.get("document.minutes.bodySymbol"))
			.placeAndDate(head.place(), vote.getMeetingDate())
			.type(DocumentTexts.get("document.minutes.type"),
					DocumentTexts.get("document.minutes.title", String.valueOf(c.year())))
			.paragraph(DocumentTexts.get("document.minutes.meeting", VnDates.longDate(vote.getMeetingDate()),
					view.planNumber(), c.title()))
			.paragraph(DocumentTexts.get("document.minutes.attendance", String.valueOf(members),
					String.valueOf(vote.getMembersPresent())))
			.paragraph(DocumentTexts.get("document.minutes.rule", String.valueOf(vote.getThresholdPercent())))
			.table(columns, rows)
			.paragraph(DocumentTexts.get("document.minutes.outcome", String.valueOf(carried),
					String.valueOf(rows.size() - carried)))
			.paragraph(DocumentTexts.get("document.minutes.closing"))
			.signature(Signature.head(DocumentTexts.get("document.minutes.signerTitle"), ""))
			.build();
	}

	/** "bien-ban-hoi-dong-2024-3". */
	public static String minutesFileName(SubmissionService.SubmissionView view, PlanView plan) {
		return Documents.safeFileName("bien-ban-hoi-dong-" + plan.content().year() + "-" + view.submission().getId());
	}

	/** "to-trinh-khen-thuong-2024-3". */
	public static String fileName(SubmissionService.SubmissionView view, PlanView plan) {
		return Documents.safeFileName("to-trinh-khen-thuong-" + plan.content().year() + "-" + view.submission().getId());
	}

	/** "du-thao-quyet-dinh-khen-thuong-2024-3", or "quyet-dinh-khen-thuong-2024-3" once decided. */
	public static String decisionFileName(SubmissionService.SubmissionView view, PlanView plan) {
		String prefix = view.submission().isDecided() ? "quyet-dinh-khen-thuong-" : "du-thao-quyet-dinh-khen-thuong-";
		return Documents.safeFileName(prefix + plan.content().year() + "-" + view.submission().getId());
	}

	private static Letterhead decisionLetterhead() {
		return new Letterhead(DocumentTexts.get("document.decision.parentBody"),
				DocumentTexts.get("document.decision.issuingBody"),
				DocumentTexts.get("document.decision.symbol"), DocumentTexts.get("document.committee.place"));
	}

	/** "2.340.000", or the words for an amount not known (no rate in force). */
	private static String amount(Long amount) {
		return amount == null ? DocumentTexts.get("document.prize.unknown") : VnMoney.figures(amount);
	}

	/** The sentence with the total, saying how many amounts are missing from it when some are unknown. */
	private static String total(String key, PrizeMoney prizes) {
		String sentence = DocumentTexts.get(key, VnMoney.dong(prizes.total()));
		return prizes.isComplete() ? sentence
				: sentence + " " + DocumentTexts.get("document.prize.incomplete", String.valueOf(prizes.unknown()));
	}

	private static String join(String... parts) {
		return Stream.of(parts).filter(p -> p != null && !p.isBlank()).collect(Collectors.joining(", "));
	}

}
