package vn.atgt.thidua.statistics;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface TargetAssessmentRepository extends JpaRepository<TargetAssessment, Long> {

	List<TargetAssessment> findByPlanId(Long planId);

	Optional<TargetAssessment> findByPlanIdAndTargetId(Long planId, Long targetId);

}
