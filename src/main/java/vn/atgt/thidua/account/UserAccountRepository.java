package vn.atgt.thidua.account;

import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

	@EntityGraph(attributePaths = "roles")
	@Query("select u from UserAccount u where lower(u.username) = lower(:username)")
	Optional<UserAccount> findWithRolesByUsername(String username);

	boolean existsByUsernameIgnoreCase(String username);

	@EntityGraph(attributePaths = "roles")
	@Query("select u from UserAccount u where u.id = :id")
	Optional<UserAccount> findWithRolesById(Long id);

	@org.springframework.data.jpa.repository.Query(value = """
			select new vn.atgt.thidua.account.AccountRow(u.id, u.version, u.username, u.fullName, u.email, a.name,
			    u.enabled, u.mustChangePassword, u.lastLoginAt)
			from UserAccount u left join AgencyEntry a on a.id = u.agencyId
			order by u.username
			""", countQuery = "select count(u) from UserAccount u")
	org.springframework.data.domain.Page<AccountRow> findRows(org.springframework.data.domain.Pageable pageable);

}
