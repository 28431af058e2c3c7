package vn.atgt.thidua.nomination;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AwardFormRepository extends JpaRepository<AwardForm, Long> {

	List<AwardForm> findAllByOrderByPositionAscIdAsc();

	List<AwardForm> findByActiveTrueOrderByPositionAscIdAsc();

	/** Every award form with its scoring criteria, in their order (one statement). */
	@Query("select distinct f from AwardForm f left join fetch f.criteria order by f.position, f.id")
	List<AwardForm> findAllWithCriteria();

	/** The scoring criteria of these award forms, in their order (one statement for a whole dossier). */
	@Query("select c from ScoringCriterion c where c.awardForm.id in :formIds order by c.position, c.id")
	List<ScoringCriterion> findCriteriaOf(Collection<Long> formIds);

	/** The award form with its scoring criteria (the criteria page). */
	@EntityGraph(attributePaths = "criteria")
	Optional<AwardForm> findWithCriteriaById(Long id);

	/** Which of these criteria some reviewer has already scored. */
	@Query("select distinct s.criterionId from ReviewScore s where s.criterionId in :criterionIds")
	List<Long> findScoredAmong(Collection<Long> criterionIds);

}
