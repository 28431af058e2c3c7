package vn.atgt.thidua.nomination;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface DisclosureRepository extends JpaRepository<Disclosure, Long> {

	List<Disclosure> findAllByOrderByOpenedAtDesc();

	@org.springframework.data.jpa.repository.EntityGraph(attributePaths = "entries")
	Optional<Disclosure> findWithEntriesById(Long id);

	/** How many collectives and individuals each disclosure lists (one statement for the office's list). */
	@Query("select e.disclosure.id, count(e) from DisclosureEntry e group by e.disclosure.id")
	List<Object[]> countEntries();

	boolean existsByPlanIdAndStatus(Long planId, Disclosure.Status status);

	@Query("select d from Disclosure d where d.status = vn.atgt.thidua.nomination.Disclosure$Status.OPEN order by d.closesOn, d.id")
	List<Disclosure> findOpen();

	/** A comment takes a shared lock, the closing an exclusive one: no comment arrives after the last triage. */
	@Lock(LockModeType.PESSIMISTIC_READ)
	@Query("select d from Disclosure d where d.id = :id")
	Optional<Disclosure> findForComment(Long id);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select d from Disclosure d where d.id = :id")
	Optional<Disclosure> findForClosing(Long id);

}
