package vn.atgt.thidua.plan;

import java.util.List;

import org.springframework.data.repository.Repository;

interface PlanAmendmentRepository extends Repository<PlanAmendment, Long> {

	PlanAmendment save(PlanAmendment amendment);

	List<PlanAmendment> findByPlanIdOrderByAmendedAtDesc(Long planId);

}
