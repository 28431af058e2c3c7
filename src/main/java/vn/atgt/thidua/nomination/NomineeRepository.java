package vn.atgt.thidua.nomination;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface NomineeRepository extends JpaRepository<Nominee, Long> {

	String ROW = """
			select new vn.atgt.thidua.nomination.AwardRow(n.id, n.subjectType, n.name, n.positionTitle, n.unit,
			    f.name, n.achievement, a.name, n.status, s.decision.number, s.decision.date, p.year, p.id,
			    n.decisionReason)
			from Nominee n join n.dossier d join AwardForm f on f.id = n.awardFormId
			    join vn.atgt.thidua.agency.AgencyEntry a on a.id = d.agencyId
			    join vn.atgt.thidua.plan.PlanEntry p on p.id = d.planId
			    left join ConsolidatedSubmission s on s.id = d.submissionId
			""";

	@Query("""
			select new vn.atgt.thidua.nomination.DuplicateHit(n.id, d2.id, a.name)
			from Nominee n, Nominee n2 join n2.dossier d2 join vn.atgt.thidua.agency.AgencyEntry a on a.id = d2.agencyId
			where n.dossier.id = :dossierId and n2.planId = n.planId and n2.subjectType = n.subjectType
			  and n2.nameFold = n.nameFold and d2.id <> n.dossier.id
			""")
	List<DuplicateHit> findDuplicatesInOtherDossiers(Long dossierId);

	@Query(ROW + " where d.id = :dossierId order by n.id")
	List<AwardRow> findRowsOfDossier(Long dossierId);

	@Query(ROW + """
			 where d.submissionId = :submissionId and n.status <> vn.atgt.thidua.nomination.NomineeStatus.FAILED
			 order by a.name, n.subjectType, n.id
			""")
	List<AwardRow> findRowsOfSubmission(Long submissionId);

	/** What the prize money of each listed nominee of a submission depends on (ADR 0186), in one statement. */
	@Query("""
			select new vn.atgt.thidua.nomination.NomineePrize(n.id, n.awardFormId, n.subjectType, n.status,
			    n.prizeAmount, n.prizeCoefficient, n.prizeBaseSalary)
			from Nominee n join n.dossier d
			where d.submissionId = :submissionId and n.status <> vn.atgt.thidua.nomination.NomineeStatus.FAILED
			""")
	List<NomineePrize> findPrizesOfSubmission(Long submissionId);

	@Query(value = ROW + """
			 where n.status = vn.atgt.thidua.nomination.NomineeStatus.AWARDED and (:planId is null or d.planId = :planId)
			 order by p.year desc, s.decision.date desc, n.subjectType, n.id
			""", countQuery = """
			select count(n) from Nominee n join n.dossier d
			where n.status = vn.atgt.thidua.nomination.NomineeStatus.AWARDED and (:planId is null or d.planId = :planId)
			""")
	Page<AwardRow> findPublicAwards(Long planId, Pageable pageable);

	/** The nominee with its row locked until the transaction ends: two revocations at once run one after the other. */
	@org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
	@org.springframework.data.jpa.repository.Query("select n from Nominee n where n.id = :id")
	java.util.Optional<Nominee> findByIdForUpdate(Long id);

}
