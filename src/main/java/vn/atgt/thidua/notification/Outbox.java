package vn.atgt.thidua.notification;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import org.springframework.context.ApplicationEventPublisher;

import vn.atgt.thidua.shared.events.Actor;
import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.shared.domain.InvalidStateException;
import vn.atgt.thidua.shared.domain.NotFoundException;

/**
 * The e-mail outbox. Mails are written in the transaction of the event that causes them; {@link #drain} sends
 * them: it claims due mails ({@code FOR UPDATE SKIP LOCKED}, PENDING → SENDING) and commits, sends each, then
 * marks it SENT, or schedules a retry with exponential back-off, or marks it FAILED after the last attempt.
 */
@Service
public class Outbox {

	private static final Logger log = LoggerFactory.getLogger(Outbox.class);

	private static final String COLUMNS = """
			select id, recipient, subject, body, status, attempts, next_attempt_at, last_error, created_at, sent_at
			from outbox_email
			""";

	/** What one run did. */
	public record DrainResult(boolean ran, int sent, int retried, int failed) {
	}

	private record Claimed(Long id, String recipient, String subject, String body, int attempts) {
	}

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final JobLock lock;

	private final NotificationProperties properties;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Outbox(JdbcClient jdbc, TransactionTemplate transactions, JobLock lock, NotificationProperties properties,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.lock = lock;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	void enqueue(Long notificationId, String recipient, String subject, String body) {
		this.jdbc.sql("""
				insert into outbox_email (notification_id, recipient, subject, body, status, next_attempt_at, created_at)
				values (?, ?, ?, ?, 'PENDING', ?, ?)
				""").params(notificationId, recipient, subject, body, ts(this.clock.instant()), ts(this.clock.instant()))
			.update();
	}

	/** Sends the mails due at {@code now} through {@code sender}. Safe to run on several instances at once. */
	public DrainResult drain(JavaMailSender sender, Instant now) {
		List<Claimed> claimed = this.transactions.execute(status -> claim(now));
		if (claimed == null) {
			return new DrainResult(false, 0, 0, 0);
		}
		int sent = 0;
		int retried = 0;
		int failed = 0;
		for (Claimed mail : claimed) {
			try {
				send(sender, mail);
				this.jdbc.sql("""
						update outbox_email set status = 'SENT', sent_at = ?, attempts = attempts + 1, last_error = null
						where id = ? and status = 'SENDING'
						""").params(ts(now), mail.id()).update();
				sent++;
			}
			catch (Exception ex) {
				int attempts = mail.attempts() + 1;
				boolean last = attempts >= this.properties.maxAttempts();
				String error = String.valueOf(ex.getMessage());
				this.jdbc.sql("""
						update outbox_email set status = ?, attempts = ?, next_attempt_at = ?, last_error = ?, claimed_at = null
						where id = ? and status = 'SENDING'
						""").params(last ? "FAILED" : "PENDING", attempts, ts(now.plus(this.properties.backoff(attempts))),
						error.length() > 1000 ? error.substring(0, 1000) : error, mail.id()).update();
				log.warn("Mail {} to {} not sent (attempt {}): {}", mail.id(), mail.recipient(), attempts, error);
				if (last) {
					failed++;
				}
				else {
					retried++;
				}
			}
		}
		return new DrainResult(true, sent, retried, failed);
	}

	// null when another instance holds the job lock
	private List<Claimed> claim(Instant now) {
		if (!this.lock.tryLock(JobLock.OUTBOX)) {
			return null;
		}
		// a sender that died after claiming: its mails go back to the queue (see ADR 0061)
		this.jdbc.sql("update outbox_email set status = 'PENDING', claimed_at = null where status = 'SENDING' and claimed_at < ?")
			.param(ts(now.minus(this.properties.sendingLease()))).update();
		List<Claimed> due = this.jdbc.sql("""
				select id, recipient, subject, body, attempts from outbox_email
				where status = 'PENDING' and next_attempt_at <= ? order by id limit ? for update skip locked
				""").params(ts(now), this.properties.batchSize())
			.query((rs, n) -> new Claimed(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5)))
			.list();
		if (!due.isEmpty()) {
			this.jdbc.sql("update outbox_email set status = 'SENDING', claimed_at = :now where id in (:ids)")
				.param("now", ts(now)).param("ids", due.stream().map(Claimed::id).toList()).update();
		}
		return due;
	}

	private void send(JavaMailSender sender, Claimed mail) throws Exception {
		MimeMessage message = sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
		helper.setFrom(this.properties.from());
		helper.setTo(mail.recipient());
		helper.setSubject(mail.subject());
		helper.setText(mail.body(), false);
		message.saveChanges();
		// a stable id lets receiving servers drop a copy resent after a crash between sending and marking SENT
		message.setHeader("Message-ID", "<outbox-" + mail.id() + "@thidua-atgt>");
		sender.send(message);
	}

	@Transactional(readOnly = true)
	public Page<OutboxRow> list(String status, Pageable pageable) {
		String where = status == null || status.isBlank() ? "" : " where status = :status";
		List<OutboxRow> rows = this.jdbc.sql(COLUMNS + where + " order by id desc limit :limit offset :offset")
			.paramSource(params(status, pageable)).query((rs, n) -> new OutboxRow(rs.getLong(1), rs.getString(2),
					rs.getString(3), rs.getString(4), rs.getString(5), rs.getInt(6), instant(rs.getTimestamp(7)),
					rs.getString(8), instant(rs.getTimestamp(9)), instant(rs.getTimestamp(10))))
			.list();
		long total = this.jdbc.sql("select count(*) from outbox_email" + where).paramSource(params(status, pageable))
			.query(Long.class).single();
		return new PageImpl<>(rows, pageable, total);
	}

	@Transactional(readOnly = true)
	public Map<String, Long> countsByStatus() {
		return this.jdbc.sql("select status, count(*) from outbox_email group by status")
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/** Puts a FAILED mail back in the queue, for after the administrator fixed the address or the server. */
	@Transactional
	public void retry(Long id, CurrentUser by) {
		String status = this.jdbc.sql("select status from outbox_email where id = ? for update").param(id)
			.query(String.class).optional().orElseThrow(() -> new NotFoundException("OutboxEmail", id));
		if (!"FAILED".equals(status)) {
			throw new InvalidStateException("notification.outbox.notFailed");
		}
		this.jdbc.sql("update outbox_email set status = 'PENDING', attempts = 0, next_attempt_at = ? where id = ?")
			.params(ts(this.clock.instant()), id).update();
		this.events.publishEvent(new NotificationEvents.OutboxRetried(id, Actor.of(by), this.clock.instant()));
	}

	private static Map<String, Object> params(String status, Pageable pageable) {
		return Map.of("status", status == null ? "" : status, "limit", pageable.getPageSize(), "offset",
				pageable.getOffset());
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	private static Timestamp ts(Instant instant) {
		return Timestamp.from(instant);
	}

}
