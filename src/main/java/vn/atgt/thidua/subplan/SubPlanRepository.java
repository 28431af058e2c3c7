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

	@Query(value = """
			select new vn.atgt.thidua.subplan.ReviewRow(s.id, s.planId, p.year, p.title, a.name, s.submittedAt,
			    s.daysLate)
			from SubPlan s join Agency a on a.id = s.agencyId join Plan p on p.id = s.planId
			where s.status = vn.atgt.thidua.subplan.SubPlanStatus.SUBMITTED
			order by s.submittedAt, s.id
			""", countQuery = "select count(s) from SubPlan s where s.status = vn.atgt.thidua.subplan.SubPlanStatus.SUBMITTED")
	Page<ReviewRow> findReviewQueue(Pageable pageable);

}
