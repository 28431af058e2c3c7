package vn.atgt.thidua.plan.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.atgt.thidua.plan.Indicator;
import vn.atgt.thidua.plan.TargetSpec;

/** One editable target row: a reduction range in %, or a qualitative goal. */
public class TargetRow {

	private Long id;

	@NotNull
	private Indicator indicator = Indicator.ACCIDENTS;

	@Size(max = 200)
	private String customName;

	@Size(max = 100)
	private String baselineLabel;

	@DecimalMin("0")
	@DecimalMax("100")
	private BigDecimal reductionMinPct;

	@DecimalMin("0")
	@DecimalMax("100")
	private BigDecimal reductionMaxPct;

	@Size(max = 500)
	private String textGoal;

	public TargetRow() {
	}

	static TargetRow from(TargetSpec spec) {
		TargetRow row = new TargetRow();
		row.id = spec.id();
		row.indicator = spec.indicator();
		row.customName = spec.customName();
		row.baselineLabel = spec.baselineLabel();
		row.reductionMinPct = spec.reductionMinPct();
		row.reductionMaxPct = spec.reductionMaxPct();
		row.textGoal = spec.textGoal();
		return row;
	}

	TargetSpec toSpec() {
		return new TargetSpec(this.id, this.indicator, this.customName, this.baselineLabel, this.reductionMinPct,
				this.reductionMaxPct, this.textGoal);
	}

	public Long getId() {
		return this.id;
	}

	public void setId(Long id) {
		this.id = id;
	}

	public Indicator getIndicator() {
		return this.indicator;
	}

	public void setIndicator(Indicator indicator) {
		this.indicator = indicator;
	}

	public String getCustomName() {
		return this.customName;
	}

	public void setCustomName(String customName) {
		this.customName = customName;
	}

	public String getBaselineLabel() {
		return this.baselineLabel;
	}

	public void setBaselineLabel(String baselineLabel) {
		this.baselineLabel = baselineLabel;
	}

	public BigDecimal getReductionMinPct() {
		return this.reductionMinPct;
	}

	public void setReductionMinPct(BigDecimal reductionMinPct) {
		this.reductionMinPct = reductionMinPct;
	}

	public BigDecimal getReductionMaxPct() {
		return this.reductionMaxPct;
	}

	public void setReductionMaxPct(BigDecimal reductionMaxPct) {
		this.reductionMaxPct = reductionMaxPct;
	}

	public String getTextGoal() {
		return this.textGoal;
	}

	public void setTextGoal(String textGoal) {
		this.textGoal = textGoal;
	}

}
