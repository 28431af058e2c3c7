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

	/**
	 * Rule 8: every nomination in another dossier, of any plan and year, of the same subject as one of this
	 * dossier's nominees — the name key and, for an individual, the date of birth when both have one, else the unit
	 * ({@link SubjectIdentity#matches} says the same in Java). One statement for the whole dossier.
	 */
	@Query("""
			select new vn.atgt.thidua.nomination.PastNomination(n.id, d2.id, n2.name, n2.unit,
			    case when d2.planId = n.planId then true else false end, p.year,
			    case when p.number is null then null
			         else concat(cast(p.number as string), '/', p.docTypeSymbol, '-', p.bodySymbol) end,
			    p.title, a.name, f.name, n2.status, s.decision.number, s.decision.date)
			from Nominee n, Nominee n2 join n2.dossier d2 join AwardForm f on f.id = n2.awardFormId
			    join vn.atgt.thidua.agency.AgencyEntry a on a.id = d2.agencyId
			    join vn.atgt.thidua.plan.PlanEntry p on p.id = d2.planId
			    left join ConsolidatedSubmission s on s.id = d2.submissionId
			where n.dossier.id = :dossierId and d2.id <> :dossierId and n2.subjectType = n.subjectType
			  and n2.nameKey = n.nameKey
			  and (n.subjectType = vn.atgt.thidua.nomination.SubjectType.COLLECTIVE
			       or (n.birthDate is not null and n2.birthDate is not null and n2.birthDate = n.birthDate)
			       or ((n.birthDate is null or n2.birthDate is null) and n2.unitFold = n.unitFold))
			order by p.year desc, n2.id desc
			""")
	List<PastNomination> findHistoryOfDossier(Long dossierId);

	/** The nominees of a plan with one of these name keys (rule 8's refusal looks at them). */
	List<Nominee> findByPlanIdAndNameKeyIn(Long planId, java.util.Collection<String> nameKeys);

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
