package vn.atgt.thidua.nomination;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CouncilVoteRepository extends JpaRepository<CouncilVote, Long> {

	/** The vote with its counts, in one statement. */
	@Query("select v from CouncilVote v left join fetch v.counts where v.submissionId = :submissionId")
	Optional<CouncilVote> findWithCountsBySubmissionId(Long submissionId);

	boolean existsBySubmissionId(Long submissionId);

}
