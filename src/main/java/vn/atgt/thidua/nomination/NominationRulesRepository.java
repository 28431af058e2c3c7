package vn.atgt.thidua.nomination;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface NominationRulesRepository extends JpaRepository<NominationRules, Long> {

	Optional<NominationRules> findByPlanId(Long planId);

}
