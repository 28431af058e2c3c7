package vn.atgt.thidua.nomination;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One criterion the reviewers score the nominees of an award form on: its name, weight and highest score. */
@Entity
@Table(name = "award_criterion")
public class ScoringCriterion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "award_form_id")
	private AwardForm awardForm;

	private String name;

	private BigDecimal weight;

	private BigDecimal maximum;

	private int position;

	protected ScoringCriterion() {
	}

	ScoringCriterion(AwardForm awardForm, CriterionSpec spec) {
		this.awardForm = awardForm;
		update(spec);
	}

	void update(CriterionSpec spec) {
		spec.check();
		this.name = spec.name();
		this.weight = spec.weight();
		this.maximum = spec.maximum();
		this.position = spec.position();
	}

	/** How the audit trail names it: "name (trọng số w, tối đa m)". */
	String describe() {
		return this.name + " (" + this.weight.stripTrailingZeros().toPlainString() + " × "
				+ this.maximum.stripTrailingZeros().toPlainString() + ")";
	}

	public Long getId() {
		return this.id;
	}

	/** The award form's id, read from the foreign key (no statement). */
	public Long getAwardFormId() {
		return this.awardForm.getId();
	}

	public String getName() {
		return this.name;
	}

	public BigDecimal getWeight() {
		return this.weight;
	}

	public BigDecimal getMaximum() {
		return this.maximum;
	}

	public int getPosition() {
		return this.position;
	}

}
