package vn.atgt.thidua.nomination;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReportFormRepository extends JpaRepository<ReportForm, Long> {

	Optional<ReportForm> findBySubjectType(SubjectType subjectType);

	List<ReportForm> findAllByOrderBySubjectTypeAsc();

}
