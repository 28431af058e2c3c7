package vn.atgt.thidua.nomination;

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
 * One collective or individual as the public disclosure showed it: name, unit, proposing agency, award form and
 * achievement summary — never a date of birth, a sex or a position.
 */
@Entity
@Table(name = "disclosure_entry")
public class DisclosureEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "disclosure_id")
	private Disclosure disclosure;

	private Long nomineeId;

	private Long dossierId;

	@Enumerated(EnumType.STRING)
	private SubjectType subjectType;

	private String name;

	private String unit;

	private String agencyName;

	private String awardForm;

	private String achievement;

	protected DisclosureEntry() {
	}

	DisclosureEntry(Nominee nominee, String agencyName, String awardForm) {
		this.nomineeId = nominee.getId();
		this.dossierId = nominee.getDossier().getId();
		this.subjectType = nominee.getSubjectType();
		this.name = nominee.getName();
		this.unit = nominee.getUnit();
		this.agencyName = agencyName;
		this.awardForm = awardForm;
		this.achievement = nominee.getAchievement();
	}

	void belongTo(Disclosure owner) {
		this.disclosure = owner;
	}

	public Long getId() {
		return this.id;
	}

	public Long getNomineeId() {
		return this.nomineeId;
	}

	public Long getDossierId() {
		return this.dossierId;
	}

	public SubjectType getSubjectType() {
		return this.subjectType;
	}

	public String getName() {
		return this.name;
	}

	public String getUnit() {
		return this.unit;
	}

	public String getAgencyName() {
		return this.agencyName;
	}

	public String getAwardForm() {
		return this.awardForm;
	}

	public String getAchievement() {
		return this.achievement;
	}

}
