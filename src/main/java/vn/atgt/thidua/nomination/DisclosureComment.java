package vn.atgt.thidua.nomination;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A comment anyone sent on a public disclosure, kept as plain text with the contact they gave; the office triages
 * it (noted, checked, led to a change). Its own row, so comments sent at the same moment never conflict with each
 * other or with the disclosure.
 */
@Entity
@Table(name = "disclosure_comment")
public class DisclosureComment extends AbstractAggregateRoot<DisclosureComment> {

	public enum Triage {

		NOTED, CHECKED, CHANGED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long disclosureId;

	private Long entryId;

	private String body;

	private String contact;

	private String addressHash;

	private Instant receivedAt;

	@Enumerated(EnumType.STRING)
	private Triage triage;

	private String triageNote;

	private String triagedBy;

	private Instant triagedAt;

	protected DisclosureComment() {
	}

	DisclosureComment(Long disclosureId, Long entryId, String body, String contact, String addressHash, Instant now) {
		this.disclosureId = disclosureId;
		this.entryId = entryId;
		this.body = body;
		this.contact = contact;
		this.addressHash = addressHash;
		this.receivedAt = now;
	}

	void triage(Triage triage, String note, vn.atgt.thidua.shared.events.Actor by, Instant now) {
		Triage was = this.triage;
		this.triage = triage;
		this.triageNote = note;
		this.triagedBy = by.name();
		this.triagedAt = now;
		registerEvent(new NominationEvents.CommentTriaged(this.disclosureId, this.id, was, triage, note, by, now));
	}

	public Long getId() {
		return this.id;
	}

	public Long getDisclosureId() {
		return this.disclosureId;
	}

	public Long getEntryId() {
		return this.entryId;
	}

	public String getBody() {
		return this.body;
	}

	public String getContact() {
		return this.contact;
	}

	public Instant getReceivedAt() {
		return this.receivedAt;
	}

	public Triage getTriage() {
		return this.triage;
	}

	public String getTriageNote() {
		return this.triageNote;
	}

	public String getTriagedBy() {
		return this.triagedBy;
	}

	public Instant getTriagedAt() {
		return this.triagedAt;
	}

}
