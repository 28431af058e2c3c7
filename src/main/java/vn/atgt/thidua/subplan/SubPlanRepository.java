package vn.atgt.thidua.subplan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SubPlanRepository extends JpaRepository<SubPlan, Long> {

	Optional<SubPlan> findByPlanIdAndAgencyId(Long planId, Long agencyId);

	List<SubPlan> findByPlanIdAndStatusNot(Long planId, SubPlanStatus status);

	/** Agencies of the plan whose sub-plan is with the office (submitted) or accepted. */
	@Query("""
			select s.agencyId from SubPlan s where s.planId = :planId
			and s.status in (vn.atgt.thidua.subplan.SubPlanStatus.SUBMITTED, vn.atgt.thidua.subplan.SubPlanStatus.ACCEPTED)
			""")
	List<Long> findAgenciesSubmitted(Long planId);

	/** Sub-plans submitted before {@code before} and still not reviewed, oldest first, with plan and agency. */
	@Query("""
			select new vn.atgt.thidua.subplan.WaitingSubPlan(s.id, s.planId, p.number, p.docTypeSymbol, p.bodySymbol,
			    a.name, s.submittedAt)
			from SubPlan s join AgencyEntry a on a.id = s.agencyId join PlanEntry p on p.id = s.planId
			where s.status = vn.atgt.thidua.subplan.SubPlanStatus.SUBMITTED and s.submittedAt < :before
			order by s.submittedAt, s.id
			""")
	List<WaitingSubPlan> findSubmittedBefore(java.time.Instant before);

	@Query(value = """
			select new vn.atgt.thidua.subplan.ReviewRow(s.id, s.planId, p.year, p.title, a.name, s.submittedAt,
			    s.daysLate)
			from SubPlan s join AgencyEntry a on a.id = s.agencyId join PlanEntry p on p.id = s.planId
			where s.status = vn.atgt.thidua.subplan.SubPlanStatus.SUBMITTED
			order by s.submittedAt, s.id
			""", countQuery = "select count(s) from SubPlan s where s.status = vn.atgt.thidua.subplan.SubPlanStatus.SUBMITTED")
	Page<ReviewRow> findReviewQueue(Pageable pageable);

}
