package vn.atgt.thidua.nomination;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.agency.AgencyDirectory;
import vn.atgt.thidua.shared.domain.NotFoundException;
import vn.atgt.thidua.shared.events.Actor;
import vn.atgt.thidua.shared.security.CurrentUser;

/**
 * Rule 16: the written notice (thông báo) to the proposing agency for each nominee that failed appraisal or was not
 * awarded by the decision. The office issues it; the agency reads it on its dossier page.
 */
@Service
@Transactional
public class NoticeService {

	private final DossierRepository dossiers;

	private final DossierService access;

	private final AgencyDirectory agencies;

	private final WorkingCalendar calendar;

	private final Clock clock;

	NoticeService(DossierRepository dossiers, DossierService access, AgencyDirectory agencies, WorkingCalendar calendar,
			Clock clock) {
		this.dossiers = dossiers;
		this.access = access;
		this.agencies = agencies;
		this.calendar = calendar;
		this.clock = clock;
	}

	/** What the office's notice form starts from: the next number of this year, today, the outcome's reason. */
	public record Draft(Long dossierId, long version, Long nomineeId, String nomineeName, String agencyName,
			NoticeKind kind, int suggestedNumber, LocalDate today, String reason) {
	}

	/** Empty when the nominee needs no notice: another outcome, or its notice is already issued. */
	@Transactional(readOnly = true)
	public java.util.Optional<Draft> draft(Long id, Long nomineeId, CurrentUser office) {
		Dossier dossier = officeOnly(id, office);
		Nominee nominee = dossier.nominee(nomineeId);
		NoticeKind kind = NoticeKind.of(nominee.getStatus());
		if (kind == null || dossier.notice(nomineeId).isPresent()) {
			return java.util.Optional.empty();
		}
		LocalDate today = this.calendar.today();
		return java.util.Optional.of(new Draft(id, dossier.getVersion(), nomineeId, nominee.getName(),
				this.agencies.nameOf(dossier.getAgencyId()), kind, this.dossiers.maxNoticeNumber(today.getYear()) + 1,
				today, kind == NoticeKind.FAILED_APPRAISAL ? nominee.getAppraisalReason() : nominee.getDecisionReason()));
	}

	/**
	 * Issues the notice. Refused next to its field: a number already used in the year of issue (also when another
	 * notice took it at the same moment) and a day still to come.
	 */
	public Long issue(Long id, long version, Long nomineeId, int number, LocalDate issuedOn, String reason,
			CurrentUser office) {
		if (issuedOn.isAfter(this.calendar.today())) {
			throw new NomineeRefusedException("issuedOn", "nomination.notice.error.future");
		}
		if (this.dossiers.noticeNumberTaken(issuedOn.getYear(), number)) {
			throw new NomineeRefusedException("number", "nomination.notice.error.numberTaken");
		}
		Dossier dossier = officeOnly(id, office);
		dossier.requireVersion(version);
		// the outcome it tells of came after the dossier was received: a notice cannot be dated before
		if (dossier.getReceivedOn() != null && issuedOn.isBefore(dossier.getReceivedOn())) {
			throw new NomineeRefusedException("issuedOn", "nomination.notice.error.beforeReceipt");
		}
		NomineeNotice notice = dossier.issueNotice(nomineeId, number, issuedOn, reason, Actor.of(office),
				this.clock.instant());
		try {
			this.dossiers.publish(dossier);
		}
		catch (DataIntegrityViolationException raced) {
			if (String.valueOf(raced.getMostSpecificCause().getMessage()).contains("nominee_notice_number_uq")) {
				throw new NomineeRefusedException("number", "nomination.notice.error.numberTaken");
			}
			throw raced;
		}
		return notice.getId();
	}

	private Dossier officeOnly(Long id, CurrentUser user) {
		if (!user.isOffice()) {
			throw new NotFoundException(DossierService.RECORD, id);
		}
		return this.access.loadVisible(id, user);
	}

	/** A notice with what its document needs, for anyone who may see the dossier (the agency its own). */
	public record NoticeView(NomineeNotice notice, String nomineeName, String agencyName, Long planId) {
	}

	@Transactional(readOnly = true)
	public NoticeView notice(Long id, Long noticeId, CurrentUser user) {
		Dossier dossier = this.access.loadVisible(id, user);
		NomineeNotice notice = dossier.getNotices().stream().filter(n -> n.getId().equals(noticeId)).findFirst()
			.orElseThrow(() -> new NotFoundException("NomineeNotice", noticeId));
		return new NoticeView(notice, dossier.nominee(notice.getNomineeId()).getName(),
				this.agencies.nameOf(dossier.getAgencyId()), dossier.getPlanId());
	}

}
