package vn.atgt.thidua.notification;

import java.time.Instant;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Notifications a user sees: addressed to them, to their agency (agency staff), or to the office (office staff). */
interface NotificationRepository extends JpaRepository<Notification, Long> {

	String VISIBLE = """
			(n.recipientUserId = :userId or n.recipientAgencyId = :agencyId or (n.recipientOffice = true and :office = true))
			""";

	@Query(value = "select n from Notification n where " + VISIBLE + " order by n.createdAt desc, n.id desc",
			countQuery = "select count(n) from Notification n where " + VISIBLE)
	Page<Notification> findVisible(Long userId, Long agencyId, boolean office, Pageable pageable);

	@Query("select count(n) from Notification n where n.readAt is null and " + VISIBLE)
	long countUnread(Long userId, Long agencyId, boolean office);

	@Modifying
	@Query("update Notification n set n.readAt = :now where n.readAt is null and " + VISIBLE)
	int markAllRead(Long userId, Long agencyId, boolean office, Instant now);

}
