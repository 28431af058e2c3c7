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

}
