package vn.atgt.thidua.notification;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.account.AccountDirectory;
import vn.atgt.thidua.agency.AgencyDirectory;
import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.shared.security.Role;
import vn.atgt.thidua.shared.domain.NotFoundException;

/**
 * The one entry point other modules call to tell someone something. Each call writes the in-app notification and,
 * for every e-mail address of the recipient, an outbox mail, in the caller's transaction: if the caller's work
 * rolls back, nothing is notified and nothing is sent.
 */
@Service
@Transactional
public class Notifications {

	static final Locale MAIL_LOCALE = Locale.forLanguageTag("vi");

	private static final String RECORD = "Notification";

	private final NotificationRepository notifications;

	private final Outbox outbox;

	private final AgencyDirectory agencies;

	private final AccountDirectory accounts;

	private final MessageSource messages;

	private final NotificationProperties properties;

	private final Clock clock;

	Notifications(NotificationRepository notifications, Outbox outbox, AgencyDirectory agencies,
			AccountDirectory accounts, MessageSource messages, NotificationProperties properties, Clock clock) {
		this.notifications = notifications;
		this.outbox = outbox;
		this.agencies = agencies;
		this.accounts = accounts;
		this.messages = messages;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Notifies an agency's staff, and e-mails its contact address (or, without one, its staff's addresses).
	 * @param messageKey a key of any bundle; {@code args} may hold {@code #{key}} to be translated when shown
	 * @param link a path inside the application ({@code /plans/12}), or {@code null}
	 * @return the notification's id
	 */
	public Long notifyAgency(Long agencyId, String messageKey, List<String> args, String link) {
		Notification saved = this.notifications.save(
				Notification.toAgency(agencyId, messageKey, args, link, this.clock.instant()));
		List<String> addresses = this.agencies.contactEmailOf(agencyId).map(List::of)
			.orElseGet(() -> this.accounts.agencyStaffEmails(agencyId));
		mail(saved, addresses);
		return saved.getId();
	}

	/** Notifies one user, and e-mails them if they have an address. */
	public Long notifyUser(Long userId, String messageKey, List<String> args, String link) {
		Notification saved = this.notifications.save(
				Notification.toUser(userId, messageKey, args, link, this.clock.instant()));
		mail(saved, this.accounts.emailOf(userId));
		return saved.getId();
	}

	/** Notifies the committee office (every OFFICE user sees it), and e-mails the office staff. */
	public Long notifyOffice(String messageKey, List<String> args, String link) {
		Notification saved = this.notifications.save(
				Notification.toOffice(messageKey, args, link, this.clock.instant()));
		mail(saved, this.accounts.officeEmails());
		return saved.getId();
	}

	@Transactional(readOnly = true)
	public Page<NotificationView> list(CurrentUser user, Pageable pageable) {
		Locale locale = LocaleContextHolder.getLocale();
		return this.notifications.findVisible(user.id(), agencyOf(user), user.isOffice(), pageable)
			.map(n -> new NotificationView(n.getId(), MessageArgs.render(this.messages, n.getMessageKey(),
					n.getArgs(), locale), n.getLink(), n.getCreatedAt(), n.getReadAt() != null));
	}

	@Transactional(readOnly = true)
	public long unreadCount(CurrentUser user) {
		return this.notifications.countUnread(user.id(), agencyOf(user), user.isOffice());
	}

	/** Marks one notification read and returns where it leads; 404 for a notification that is not the user's. */
	public String open(Long id, CurrentUser user) {
		Notification notification = this.notifications.findById(id)
			.filter(n -> n.isFor(user))
			.orElseThrow(() -> new NotFoundException(RECORD, id));
		notification.markRead(this.clock.instant());
		return notification.getLink();
	}

	public int markAllRead(CurrentUser user) {
		return this.notifications.markAllRead(user.id(), agencyOf(user), user.isOffice(), this.clock.instant());
	}

	// -1 matches no agency: reviewers and office staff belong to an agency but do not read its mail
	private static Long agencyOf(CurrentUser user) {
		return user.has(Role.AGENCY) && user.agencyId() != null ? user.agencyId() : -1L;
	}

	private void mail(Notification notification, List<String> addresses) {
		if (addresses.isEmpty()) {
			return;
		}
		String text = MessageArgs.render(this.messages, notification.getMessageKey(), notification.getArgs(),
				MAIL_LOCALE);
		String subject = this.messages.getMessage("notification.mail.subject", new Object[] { text }, MAIL_LOCALE);
		String url = notification.getLink() == null ? this.properties.baseUrl()
				: this.properties.baseUrl() + notification.getLink();
		String body = this.messages.getMessage("notification.mail.body", new Object[] { text, url }, MAIL_LOCALE);
		addresses.stream().distinct().forEach(address -> this.outbox.enqueue(notification.getId(), address,
				subject.length() > 500 ? subject.substring(0, 500) : subject, body));
	}

}
