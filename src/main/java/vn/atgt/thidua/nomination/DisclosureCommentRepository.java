package vn.atgt.thidua.nomination;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DisclosureCommentRepository extends JpaRepository<DisclosureComment, Long> {

	List<DisclosureComment> findByDisclosureIdOrderByIdAsc(Long disclosureId);

	long countByDisclosureIdAndTriageIsNull(Long disclosureId);

	boolean existsByDisclosureIdAndAddressHashAndBody(Long disclosureId, String addressHash, String body);

	long countByAddressHashAndReceivedAtAfter(String addressHash, Instant since);

	/** Untriaged comments per disclosure, for the office's list (one statement). */
	@Query("select c.disclosureId, count(c) from DisclosureComment c where c.triage is null group by c.disclosureId")
	List<Object[]> countUntriaged();

}
