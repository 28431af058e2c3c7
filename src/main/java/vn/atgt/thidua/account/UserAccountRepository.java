package vn.atgt.thidua.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
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

	@Query(value = """
			select new vn.atgt.thidua.account.AccountRow(u.id, u.version, u.username, u.fullName, u.email, a.name,
			    u.enabled, u.mustChangePassword, u.lastLoginAt,
			    case when exists (select 1 from UserAccount x join x.roles r
			        where x.id = u.id and r = vn.atgt.thidua.shared.security.Role.ADMIN) then true else false end,
			    case when u.totpSecret is not null then true else false end)
			from UserAccount u left join AgencyEntry a on a.id = u.agencyId
			order by u.username
			""", countQuery = "select count(u) from UserAccount u")
	Page<AccountRow> findRows(Pageable pageable);

	/**
	 * The enabled administrators, locked until the end of the transaction: two administrators disabling or
	 * demoting each other at the same moment cannot both pass the "last administrator" check.
	 */
	@Query(value = """
			select u.id from user_account u join user_account_role r on r.account_id = u.id
			where r.role = 'ADMIN' and u.enabled order by u.id for update of u
			""", nativeQuery = true)
	List<Long> lockActiveAdmins();

	/** The enabled administrators as committed now (read after {@link #lockActiveAdmins()}). */
	@Query(value = """
			select u.id from user_account u join user_account_role r on r.account_id = u.id
			where r.role = 'ADMIN' and u.enabled order by u.id
			""", nativeQuery = true)
	List<Long> findActiveAdminIds();

	@Query(value = """
			select count(*) from user_account u join user_account_role r on r.account_id = u.id
			where r.role = 'ADMIN' and u.enabled
			""", nativeQuery = true)
	long countActiveAdmins();

}
