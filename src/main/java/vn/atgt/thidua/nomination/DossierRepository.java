package vn.atgt.thidua.nomination;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DossierRepository extends JpaRepository<Dossier, Long> {

	@org.springframework.data.jpa.repository.EntityGraph(attributePaths = "nominees")
	java.util.Optional<Dossier> findWithNomineesById(Long id);

	/** The dossier with its nominees and reviewers, for the office's and a reviewer's page (one statement). */
	@org.springframework.data.jpa.repository.EntityGraph(attributePaths = { "nominees", "reviewers" })
	java.util.Optional<Dossier> findWithNomineesAndReviewersById(Long id);


	String ROW = """
			select new vn.atgt.thidua.nomination.DossierRow(d.id, d.planId, p.year, p.number, p.docTypeSymbol,
			    p.bodySymbol, a.name, d.status, d.submittedAt, d.receivedOn, d.appraisalDueOn, size(d.nominees),
			    cast((select count(r) from ReviewerAssignment r where r.dossier = d and r.recusedAt is null) as Integer))
			from Dossier d join vn.atgt.thidua.plan.PlanEntry p on p.id = d.planId
			    join vn.atgt.thidua.agency.AgencyEntry a on a.id = d.agencyId
			""";

	Optional<Dossier> findByPlanIdAndAgencyId(Long planId, Long agencyId);

	/** The highest notice number of a year of issue (0 when none): the next notice's suggestion is one more. */
	@Query("select coalesce(max(n.number), 0) from NomineeNotice n where n.year = :year")
	int maxNoticeNumber(int year);

	@Query("select count(n) > 0 from NomineeNotice n where n.year = :year and n.number = :number")
	boolean noticeNumberTaken(int year, int number);

	/**
	 * Writes the changes of a loaded dossier, then publishes the events its transition registered. Flushed before
	 * {@code save}: merging a dossier whose new nominees, parts or opinions are not yet persisted would persist
	 * copies of them and leave the dossier's own objects without an id.
	 */
	default Dossier publish(Dossier dossier) {
		flush();
		return save(dossier);
	}

	@Query(ROW + """
			 where d.status <> vn.atgt.thidua.nomination.DossierStatus.DRAFT
			 order by case when d.status in (vn.atgt.thidua.nomination.DossierStatus.SUBMITTED,
			     vn.atgt.thidua.nomination.DossierStatus.UNDER_APPRAISAL) then 0 else 1 end, d.submittedAt desc, d.id desc
			""")
	List<DossierRow> findInbox(Pageable pageable);

	@Query("select count(d) from Dossier d where d.status <> vn.atgt.thidua.nomination.DossierStatus.DRAFT")
	long countInbox();

	@Query(value = ROW + " where d.agencyId = :agencyId order by p.year desc, d.id desc",
			countQuery = "select count(d) from Dossier d where d.agencyId = :agencyId")
	Page<DossierRow> findForAgency(Long agencyId, Pageable pageable);

	@Query(value = ROW + """
			 where exists (select 1 from ReviewerAssignment r where r.dossier = d and r.reviewerId = :reviewerId
			     and r.recusedAt is null)
			 order by d.submittedAt desc, d.id desc
			""", countQuery = """
			select count(d) from Dossier d
			where exists (select 1 from ReviewerAssignment r where r.dossier = d and r.reviewerId = :reviewerId
			     and r.recusedAt is null)
			""")
	Page<DossierRow> findForReviewer(Long reviewerId, Pageable pageable);

	List<Dossier> findByPlanIdAndStatus(Long planId, DossierStatus status);

	List<Dossier> findBySubmissionId(Long submissionId);

	/** Agencies of the plan whose dossier has reached the office (anything but a draft or a return for completion). */
	@Query("""
			select d.agencyId from Dossier d where d.planId = :planId
			and d.status not in (vn.atgt.thidua.nomination.DossierStatus.DRAFT,
			    vn.atgt.thidua.nomination.DossierStatus.RETURNED_FOR_COMPLETION)
			""")
	List<Long> findAgenciesSubmitted(Long planId);

	/** Dossiers under appraisal whose working-day limit is before {@code today}, oldest limit first. */
	@Query(ROW + """
			 where d.status = vn.atgt.thidua.nomination.DossierStatus.UNDER_APPRAISAL and d.appraisalDueOn < :today
			 order by d.appraisalDueOn, d.id
			""")
	List<DossierRow> findAppraisalOverdue(java.time.LocalDate today);

}
