package vn.atgt.thidua.subplan;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SubPlanVersionRepository extends JpaRepository<SubPlanVersion, Long> {

	List<SubPlanVersion> findBySubplanIdOrderByNumber(Long subplanId);

	int countBySubplanId(Long subplanId);

}
