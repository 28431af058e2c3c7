package vn.atgt.thidua.notification;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.shared.security.Role;

/** A message for one user, one agency (all its staff) or the office; read once someone opens it. */
@Entity
@Table(name = "notification")
class Notification {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long recipientUserId;

	private Long recipientAgencyId;

	private boolean recipientOffice;

	private String messageKey;

	@JdbcTypeCode(SqlTypes.JSON)
	private List<String> args;

	private String link;

	private Instant createdAt;

	private Instant readAt;

	protected Notification() {
	}

	private Notification(Long userId, Long agencyId, boolean office, String messageKey, List<String> args, String link,
			Instant now) {
		if (link != null && (!link.startsWith("/") || link.startsWith("//") || link.contains("\\"))) {
			throw new IllegalArgumentException("A notification links inside the application: " + link);
		}
		this.recipientUserId = userId;
		this.recipientAgencyId = agencyId;
		this.recipientOffice = office;
		this.messageKey = Objects.requireNonNull(messageKey);
		this.args = args == null ? List.of() : List.copyOf(args);
		this.link = link;
		this.createdAt = now;
	}

	static Notification toUser(Long userId, String key, List<String> args, String link, Instant now) {
		return new Notification(Objects.requireNonNull(userId), null, false, key, args, link, now);
	}

	static Notification toAgency(Long agencyId, String key, List<String> args, String link, Instant now) {
		return new Notification(null, Objects.requireNonNull(agencyId), false, key, args, link, now);
	}

	static Notification toOffice(String key, List<String> args, String link, Instant now) {
		return new Notification(null, null, true, key, args, link, now);
	}

	/** Agency notifications are for the agency's own staff (AGENCY role), office ones for the office. */
	boolean isFor(CurrentUser user) {
		return Objects.equals(this.recipientUserId, user.id())
				|| (this.recipientAgencyId != null && user.has(Role.AGENCY)
						&& this.recipientAgencyId.equals(user.agencyId()))
				|| (this.recipientOffice && user.isOffice());
	}

	void markRead(Instant now) {
		if (this.readAt == null) {
			this.readAt = now;
		}
	}

	Long getId() {
		return this.id;
	}

	String getMessageKey() {
		return this.messageKey;
	}

	List<String> getArgs() {
		return this.args == null ? List.of() : this.args;
	}

	String getLink() {
		return this.link;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	Instant getReadAt() {
		return this.readAt;
	}

}
