package vn.atgt.thidua.notification;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import vn.atgt.thidua.agency.Agency;
import vn.atgt.thidua.agency.AgencyRepository;
import vn.atgt.thidua.support.IntegrationTest;
import vn.atgt.thidua.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;

/** The outbox against a real SMTP server in the JVM (GreenMail): delivered once, in Vietnamese, after outages too. */
@IntegrationTest
class OutboxDeliveryTests {

	@Autowired
	Outbox outbox;

	@Autowired
	Notifications notifications;

	@Autowired
	TestData testData;

	@Autowired
	AgencyRepository agencies;

	@Autowired
	JdbcTemplate jdbc;

	private GreenMail smtp;

	@AfterEach
	void stopSmtp() {
		if (this.smtp != null) {
			this.smtp.stop();
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static JavaMailSenderImpl senderTo(int port) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(port);
		sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
		sender.getJavaMailProperties().put("mail.smtp.timeout", "2000");
		return sender;
	}

	private GreenMail startSmtp(int port) {
		this.smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		this.smtp.start();
		return this.smtp;
	}

	private Agency agencyWithMail() {
		Agency agency = this.testData.agency("Sở Tài nguyên");
		agency.contactAt("hopthu-" + UUID.randomUUID().toString().substring(0, 8) + "@langson.gov.vn");
		return this.agencies.save(agency);
	}

	/** Drains until nothing is left to claim at {@code now} (other tests' mails share the table). */
	private void drainAll(JavaMailSenderImpl sender, Instant now) {
		for (int i = 0; i < 100; i++) {
			Outbox.DrainResult result = this.outbox.drain(sender, now);
			if (result.sent() + result.retried() + result.failed() == 0) {
				return;
			}
		}
	}

	private List<MimeMessage> receivedBy(String address) {
		return Arrays.stream(this.smtp.getReceivedMessages()).filter(m -> {
			try {
				return m.getRecipients(Message.RecipientType.TO)[0].toString().equals(address);
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	private String statusOf(String address) {
		return this.jdbc.queryForObject("select status from outbox_email where recipient = ?", String.class, address);
	}

	@Test
	void deliversAVietnameseSubjectAndBodyOnce() throws Exception {
		int port = freePort();
		startSmtp(port);
		Agency agency = agencyWithMail();
		this.notifications.notifyAgency(agency.getId(), "notification.plan.published",
				List.of("12/KH-BATGT", "Phát động phong trào thi đua bảo đảm trật tự, an toàn giao thông"), "/plans/5");
		Instant now = Instant.now().plus(Duration.ofDays(400));
		drainAll(senderTo(port), now);
		drainAll(senderTo(port), now.plus(Duration.ofDays(1)));

		List<MimeMessage> received = receivedBy(agency.getContactEmail());
		assertThat(received).hasSize(1);
		assertThat(received.get(0).getSubject()).isEqualTo(
				"[Ban ATGT tỉnh Lạng Sơn] Kế hoạch 12/KH-BATGT \"Phát động phong trào thi đua bảo đảm trật tự, an toàn giao thông\" "
						+ "đã được ban hành. Đề nghị cơ quan xây dựng Kế hoạch thực hiện.");
		assertThat(received.get(0).getContent().toString()).contains("Đề nghị cơ quan xây dựng Kế hoạch thực hiện")
			.contains("http://localhost:8080/plans/5").contains("Ban An toàn giao thông tỉnh Lạng Sơn");
		assertThat(received.get(0).getMessageID()).startsWith("<outbox-");
		assertThat(statusOf(agency.getContactEmail())).isEqualTo("SENT");
	}

	@Test
	void whileSmtpIsDownMailsWaitThenGoOutOnceWhenItIsBack() throws Exception {
		int port = freePort();
		Agency first = agencyWithMail();
		Agency second = agencyWithMail();
		this.notifications.notifyAgency(first.getId(), "notification.plan.published", List.of("1", "Một"), null);
		this.notifications.notifyAgency(second.getId(), "notification.plan.published", List.of("2", "Hai"), null);
		Instant now = Instant.now().plus(Duration.ofDays(500));

		drainAll(senderTo(port), now);
		assertThat(statusOf(first.getContactEmail())).isEqualTo("PENDING");
		assertThat(this.jdbc.queryForObject("select attempts from outbox_email where recipient = ?", Integer.class,
				first.getContactEmail())).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select last_error from outbox_email where recipient = ?", String.class,
				first.getContactEmail())).isNotBlank();
		// not due again before its back-off has passed
		assertThat(this.outbox.drain(senderTo(port), now).sent()).isZero();

		startSmtp(port);
		Instant later = now.plus(Duration.ofHours(1));
		CompletableFuture<Void> one = CompletableFuture.runAsync(() -> drainAll(senderTo(port), later));
		CompletableFuture<Void> two = CompletableFuture.runAsync(() -> drainAll(senderTo(port), later));
		CompletableFuture.allOf(one, two).join();
		drainAll(senderTo(port), later.plus(Duration.ofDays(1)));

		assertThat(receivedBy(first.getContactEmail())).hasSize(1);
		assertThat(receivedBy(second.getContactEmail())).hasSize(1);
		assertThat(statusOf(first.getContactEmail())).isEqualTo("SENT");
		assertThat(statusOf(second.getContactEmail())).isEqualTo("SENT");
	}

	@Test
	void aMailClaimedByASenderThatDiedGoesBackToTheQueue() throws Exception {
		int port = freePort();
		startSmtp(port);
		Agency agency = agencyWithMail();
		this.notifications.notifyAgency(agency.getId(), "notification.plan.published", List.of("3", "Ba"), null);
		Instant crash = Instant.now().plus(Duration.ofDays(600));
		this.jdbc.update("update outbox_email set status = 'SENDING', claimed_at = ? where recipient = ?",
				java.sql.Timestamp.from(crash), agency.getContactEmail());
		drainAll(senderTo(port), crash.plus(Duration.ofMinutes(1)));
		assertThat(statusOf(agency.getContactEmail())).isEqualTo("SENDING");
		drainAll(senderTo(port), crash.plus(Duration.ofMinutes(20)));
		assertThat(statusOf(agency.getContactEmail())).isEqualTo("SENT");
		assertThat(receivedBy(agency.getContactEmail())).hasSize(1);
	}

	@Test
	void aMailIsMarkedFailedAfterTheLastAttemptAndTheAdminCanQueueItAgain() throws Exception {
		int port = freePort();
		Agency agency = agencyWithMail();
		this.notifications.notifyAgency(agency.getId(), "notification.plan.published", List.of("4", "Bốn"), null);
		Instant now = Instant.now().plus(Duration.ofDays(700));
		for (int attempt = 0; attempt < 8; attempt++) {
			drainAll(senderTo(port), now.plus(Duration.ofDays(attempt)));
		}
		assertThat(statusOf(agency.getContactEmail())).isEqualTo("FAILED");
		Long id = this.jdbc.queryForObject("select id from outbox_email where recipient = ?", Long.class,
				agency.getContactEmail());
		this.outbox.retry(id, this.testData.currentUser(this.testData.admin()));
		assertThat(statusOf(agency.getContactEmail())).isEqualTo("PENDING");
	}

}
