package vn.atgt.thidua.nomination;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * Rule 16: the written notice (thông báo) the office sends the proposing agency for a nominee that failed appraisal
 * or was not awarded, with the reason. One per nominee; numbered per year of issue ("12/TB-BATGT").
 */
@Entity
@Table(name = "nominee_notice")
public class NomineeNotice {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "dossier_id")
	private Dossier dossier;

	private Long nomineeId;

	@Enumerated(EnumType.STRING)
	private NoticeKind kind;

	private int year;

	private int number;

	private LocalDate issuedOn;

	private String reason;

	private String issuedBy;

	private Instant createdAt;

	protected NomineeNotice() {
	}

	NomineeNotice(Dossier dossier, Long nomineeId, NoticeKind kind, int number, LocalDate issuedOn, String reason,
			String by, Instant now) {
		this.dossier = dossier;
		this.nomineeId = nomineeId;
		this.kind = kind;
		this.year = issuedOn.getYear();
		this.number = number;
		this.issuedOn = issuedOn;
		this.reason = reason;
		this.issuedBy = by;
		this.createdAt = now;
	}

	public Long getId() {
		return this.id;
	}

	public Long getNomineeId() {
		return this.nomineeId;
	}

	public NoticeKind getKind() {
		return this.kind;
	}

	public int getYear() {
		return this.year;
	}

	public int getNumber() {
		return this.number;
	}

	public LocalDate getIssuedOn() {
		return this.issuedOn;
	}

	public String getReason() {
		return this.reason;
	}

	public String getIssuedBy() {
		return this.issuedBy;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
