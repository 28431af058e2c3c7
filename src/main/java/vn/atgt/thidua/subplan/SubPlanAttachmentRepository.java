package vn.atgt.thidua.subplan;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SubPlanAttachmentRepository extends JpaRepository<SubPlanAttachment, Long> {

	List<SubPlanAttachment> findBySubplanIdOrderById(Long subplanId);

}
