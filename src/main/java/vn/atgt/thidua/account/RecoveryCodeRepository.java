package vn.atgt.thidua.account;

import java.time.Instant;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RecoveryCodeRepository extends JpaRepository<RecoveryCode, Long> {

	/** Marks an unused code used; 1 when it was there and unused, 0 otherwise (so a code works exactly once). */
	@Modifying
	@Query("""
			update RecoveryCode c set c.usedAt = :now
			where c.accountId = :accountId and c.codeHash = :codeHash and c.usedAt is null
			""")
	int use(Long accountId, String codeHash, Instant now);

	@Modifying
	@Query("delete from RecoveryCode c where c.accountId = :accountId")
	void deleteByAccount(Long accountId);

	@Query("select count(c) from RecoveryCode c where c.accountId = :accountId and c.usedAt is null")
	long countUnused(Long accountId);

}
