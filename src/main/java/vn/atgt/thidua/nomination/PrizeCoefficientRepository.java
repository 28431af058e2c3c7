package vn.atgt.thidua.nomination;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PrizeCoefficientRepository extends JpaRepository<PrizeCoefficient, Long> {

	List<PrizeCoefficient> findAllByOrderByValidFromDescIdDesc();

	boolean existsByAwardFormIdAndSubjectTypeAndValidFrom(Long awardFormId, SubjectType subjectType, LocalDate validFrom);

}
