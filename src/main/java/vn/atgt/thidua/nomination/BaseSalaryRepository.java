package vn.atgt.thidua.nomination;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface BaseSalaryRepository extends JpaRepository<BaseSalary, Long> {

	List<BaseSalary> findAllByOrderByValidFromDesc();

	boolean existsByValidFrom(LocalDate validFrom);

}
