package vn.atgt.thidua.nomination;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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

import vn.atgt.thidua.shared.text.Texts;
import vn.atgt.thidua.shared.domain.InvalidStateException;

/** One collective or individual proposed in a dossier, with its appraisal and decision outcome. */
@Entity
@Table(name = "nominee")
public class Nominee {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "dossier_id")
	private Dossier dossier;

	private Long planId;

	@Enumerated(EnumType.STRING)
	private SubjectType subjectType;

	private String name;

	private String nameFold;

	private String nameKey;

	private LocalDate birthDate;

	private String unitFold;

	@Enumerated(EnumType.STRING)
	private Sex sex;

	private String positionTitle;

	private String unit;

	private Long awardFormId;

	private String achievement;

	private boolean needsCertification;

	private boolean underDiscipline;

	@Enumerated(EnumType.STRING)
	private NomineeStatus status = NomineeStatus.PROPOSED;

	private String appraisalReason;

	private String decisionReason;

	@Embedded
	@AttributeOverride(name = "number", column = @Column(name = "revocation_number"))
	@AttributeOverride(name = "date", column = @Column(name = "revocation_date"))
	@AttributeOverride(name = "signer", column = @Column(name = "revocation_signer"))
	private DecisionRef revocation;

	private String revocationReason;

	@Embedded
	private ReportConfirmation reportConfirmation;

	private Long prizeAmount;

	private java.math.BigDecimal prizeCoefficient;

	private Long prizeBaseSalary;

	private Instant createdAt;

	protected Nominee() {
	}

	Nominee(Dossier dossier, NomineeSpec spec, Instant now) {
		this.dossier = dossier;
		this.planId = dossier.getPlanId();
		correct(spec);
		this.createdAt = now;
	}

	/** Takes every stated field from {@code spec} (the dossier checked the rules first). */
	void correct(NomineeSpec spec) {
		this.subjectType = spec.subjectType();
		this.name = spec.name();
		this.nameFold = Texts.fold(spec.name());
		this.nameKey = SubjectIdentity.nameKey(spec.name());
		boolean individual = spec.subjectType() == SubjectType.INDIVIDUAL;
		this.sex = individual ? spec.sex() : null;
		this.positionTitle = individual ? spec.positionTitle() : null;
		this.unit = individual ? spec.unit() : null;
		this.birthDate = individual ? spec.birthDate() : null;
		this.unitFold = this.unit == null ? null : Texts.fold(this.unit);
		this.awardFormId = spec.awardFormId();
		this.achievement = spec.achievement();
		this.needsCertification = spec.needsCertification();
		this.underDiscipline = spec.underDiscipline();
	}

	/** What the agency stated, as the audit trail compares it. */
	java.util.Map<String, String> snapshot() {
		java.util.Map<String, String> map = new java.util.LinkedHashMap<>();
		map.put("subjectType", String.valueOf(this.subjectType));
		map.put("name", this.name);
		map.put("sex", this.sex == null ? null : this.sex.name());
		map.put("positionTitle", this.positionTitle);
		map.put("unit", this.unit);
		map.put("birthDate", this.birthDate == null ? null : this.birthDate.toString());
		map.put("awardFormId", String.valueOf(this.awardFormId));
		map.put("achievement", this.achievement);
		map.put("needsCertification", String.valueOf(this.needsCertification));
		return map;
	}

	/** What the agency stated, to fill the edit form. */
	public NomineeSpec spec() {
		return new NomineeSpec(this.subjectType, this.name, this.sex, this.positionTitle, this.unit, this.birthDate,
				this.awardFormId, this.achievement, this.needsCertification, this.underDiscipline);
	}

	/** The identity used to find a second nomination in one dossier: subject type and the name key. */
	public static String key(SubjectType type, String name) {
		return type + ":" + SubjectIdentity.nameKey(name);
	}

	public String key() {
		return key(this.subjectType, this.name);
	}

	/** Who the nominee is, for rule 8 (no double award). */
	public SubjectIdentity identity() {
		return new SubjectIdentity(this.subjectType, this.nameKey, this.birthDate, this.unitFold);
	}

	/** Rule 5: the report's confirmation at the proposing agency; replaces an earlier one. */
	void confirmReport(ReportConfirmation confirmation) {
		this.reportConfirmation = confirmation;
	}

	/** The confirmed report was replaced or removed: what was confirmed is no longer in the dossier. */
	boolean clearConfirmation() {
		boolean had = this.reportConfirmation != null;
		this.reportConfirmation = null;
		return had;
	}

	void appraise(boolean passes, String reason) {
		this.status = passes ? NomineeStatus.PASSED : NomineeStatus.FAILED;
		this.appraisalReason = reason;
	}

	void decide(boolean awarded, String reason) {
		if (this.status != NomineeStatus.PASSED) {
			throw new InvalidStateException("nomination.error.notPassed");
		}
		this.status = awarded ? NomineeStatus.AWARDED : NomineeStatus.NOT_AWARDED;
		this.decisionReason = reason;
	}

	/**
	 * Rule 19: the recorded decision fixes the prize money of an awarded nominee, with the coefficient and base salary
	 * it came from; null when no rate was in force on the decision date. Never recomputed afterwards.
	 */
	void fixPrize(PrizeRates.Prize prize) {
		if (this.status != NomineeStatus.AWARDED) {
			throw new InvalidStateException("nomination.error.notAwarded");
		}
		this.prizeAmount = prize == null ? null : prize.amount();
		this.prizeCoefficient = prize == null ? null : prize.coefficient();
		this.prizeBaseSalary = prize == null ? null : prize.baseSalary();
	}

	void revoke(String number, LocalDate date, String signer, String reason) {
		if (this.status != NomineeStatus.AWARDED) {
			throw new InvalidStateException("nomination.error.notAwarded");
		}
		this.status = NomineeStatus.REVOKED;
		this.revocation = new DecisionRef(number, date, signer);
		this.revocationReason = reason;
	}

	public Long getId() {
		return this.id;
	}

	public Dossier getDossier() {
		return this.dossier;
	}

	public Long getPlanId() {
		return this.planId;
	}

	public SubjectType getSubjectType() {
		return this.subjectType;
	}

	public String getName() {
		return this.name;
	}

	public String getNameFold() {
		return this.nameFold;
	}

	public Sex getSex() {
		return this.sex;
	}

	public String getPositionTitle() {
		return this.positionTitle;
	}

	public String getUnit() {
		return this.unit;
	}

	public Long getAwardFormId() {
		return this.awardFormId;
	}

	public String getAchievement() {
		return this.achievement;
	}

	public boolean isNeedsCertification() {
		return this.needsCertification;
	}

	public boolean isUnderDiscipline() {
		return this.underDiscipline;
	}

	public NomineeStatus getStatus() {
		return this.status;
	}

	public String getAppraisalReason() {
		return this.appraisalReason;
	}

	public String getDecisionReason() {
		return this.decisionReason;
	}

	public String getRevocationNumber() {
		return this.revocation == null ? null : this.revocation.number();
	}

	public LocalDate getRevocationDate() {
		return this.revocation == null ? null : this.revocation.date();
	}

	public String getRevocationSigner() {
		return this.revocation == null ? null : this.revocation.signer();
	}

	public String getRevocationReason() {
		return this.revocationReason;
	}

	public ReportConfirmation getReportConfirmation() {
		return this.reportConfirmation;
	}

	public boolean isReportConfirmed() {
		return this.reportConfirmation != null;
	}

	public String getNameKey() {
		return this.nameKey;
	}

	public LocalDate getBirthDate() {
		return this.birthDate;
	}

	public String getUnitFold() {
		return this.unitFold;
	}

	public Long getPrizeAmount() {
		return this.prizeAmount;
	}

	public java.math.BigDecimal getPrizeCoefficient() {
		return this.prizeCoefficient;
	}

	public Long getPrizeBaseSalary() {
		return this.prizeBaseSalary;
	}

}
