package vn.atgt.thidua.plan;

import java.math.BigDecimal;

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

/** A target of the plan: a reduction range in % against the baseline period, or a qualitative goal. */
@Entity
@Table(name = "plan_target")
public class PlanTarget {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "plan_id")
	private Plan plan;

	private int position;

	@Enumerated(EnumType.STRING)
	private Indicator indicator;

	private String customName;

	private String baselineLabel;

	private BigDecimal reductionMinPct;

	private BigDecimal reductionMaxPct;

	private String textGoal;

	protected PlanTarget() {
	}

	PlanTarget(Plan plan, int position, TargetSpec spec) {
		this.plan = plan;
		update(position, spec);
	}

	void update(int position, TargetSpec spec) {
		if (spec.reductionMinPct() != null && spec.reductionMaxPct() != null
				&& spec.reductionMinPct().compareTo(spec.reductionMaxPct()) > 0) {
			throw new IllegalArgumentException("reduction min > max");
		}
		this.position = position;
		this.indicator = spec.indicator();
		this.customName = spec.customName();
		this.baselineLabel = spec.baselineLabel();
		this.reductionMinPct = spec.reductionMinPct();
		this.reductionMaxPct = spec.reductionMaxPct();
		this.textGoal = spec.textGoal();
	}

	TargetSpec spec() {
		return new TargetSpec(this.id, this.indicator, this.customName, this.baselineLabel, this.reductionMinPct,
				this.reductionMaxPct, this.textGoal);
	}

	public Long getId() {
		return this.id;
	}

	public int getPosition() {
		return this.position;
	}

}
