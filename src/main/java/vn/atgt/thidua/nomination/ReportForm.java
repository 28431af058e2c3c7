package vn.atgt.thidua.nomination;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.atgt.thidua.nomination.NominationEvents.ReportFormChanged;
import vn.atgt.thidua.shared.domain.VersionedAggregate;
import vn.atgt.thidua.shared.events.Actor;

/**
 * The form an achievement report follows for one kind of subject ("Mẫu số 02 – NĐ 98/2023/NĐ-CP" for a collective,
 * "Mẫu số 03 …" for an individual): data the office re-points when a decree renumbers the forms. A confirmation
 * keeps the code that was in force when it was given.
 */
@Entity
@Table(name = "report_form")
public class ReportForm extends VersionedAggregate {

	static final int MAX_CODE = 120;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private SubjectType subjectType;

	private String formCode;

	private Instant updatedAt;

	private String updatedBy;

	protected ReportForm() {
	}

	void recode(String formCode, Actor by, Instant now) {
		if (formCode.equals(this.formCode)) {
			return;
		}
		String was = this.formCode;
		this.formCode = formCode;
		this.updatedAt = now;
		this.updatedBy = by.name();
		registerEvent(new ReportFormChanged(this.id, this.subjectType, was, formCode, by, now));
	}

	@Override
	public Long getId() {
		return this.id;
	}

	public SubjectType getSubjectType() {
		return this.subjectType;
	}

	public String getFormCode() {
		return this.formCode;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public String getUpdatedBy() {
		return this.updatedBy;
	}

}
