package vn.atgt.thidua.nomination;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ConsolidatedSubmissionRepository extends JpaRepository<ConsolidatedSubmission, Long> {

	List<ConsolidatedSubmission> findAllByOrderByCreatedAtDesc();

}
