package vn.atgt.thidua.nomination.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.springframework.validation.Errors;

import vn.atgt.thidua.nomination.AwardForm;
import vn.atgt.thidua.nomination.CriterionSpec;
import vn.atgt.thidua.nomination.ScoringCriterion;
import vn.atgt.thidua.shared.text.Texts;

/** The scoring criteria of an award form as rows, the last one blank for a new criterion; a row marked removed goes. */
public class CriteriaForm {

	static final int ROW_LIMIT = 50;

	@NotNull
	private Long version;

	private List<Row> rows = new ArrayList<>();

	/** One criterion as typed: numbers stay text so that what was typed is shown again. */
	public static class Row {

		private Long id;

		private String name;

		private String weight;

		private String maximum;

		private String position;

		private boolean remove;

		boolean blank() {
			return this.id == null && Texts.clean(this.name) == null && Texts.clean(this.weight) == null
					&& Texts.clean(this.maximum) == null;
		}

		public Long getId() {
			return this.id;
		}

		public void setId(Long id) {
			this.id = id;
		}

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getWeight() {
			return this.weight;
		}

		public void setWeight(String weight) {
			this.weight = weight;
		}

		public String getMaximum() {
			return this.maximum;
		}

		public void setMaximum(String maximum) {
			this.maximum = maximum;
		}

		public String getPosition() {
			return this.position;
		}

		public void setPosition(String position) {
			this.position = position;
		}

		public boolean isRemove() {
			return this.remove;
		}

		public void setRemove(boolean remove) {
			this.remove = remove;
		}

	}

	static CriteriaForm from(AwardForm form) {
		CriteriaForm f = new CriteriaForm();
		f.version = form.getVersion();
		for (ScoringCriterion c : form.getCriteria()) {
			Row row = new Row();
			row.id = c.getId();
			row.name = c.getName();
			row.weight = c.getWeight().stripTrailingZeros().toPlainString();
			row.maximum = c.getMaximum().stripTrailingZeros().toPlainString();
			row.position = String.valueOf(c.getPosition());
			f.rows.add(row);
		}
		f.rows.add(new Row());
		return f;
	}

	/**
	 * Each row kept (neither blank nor removed) needs a name of at most 200 characters, a weight and a highest
	 * score above 0 and at most 100 (a dot or a comma before at most two decimals), an order from 0 to 999.
	 */
	void check(Errors errors) {
		if (this.rows.size() > ROW_LIMIT) {
			errors.reject("nomination.criteria.tooMany", new Object[] { ROW_LIMIT }, null);
			return;
		}
		for (int i = 0; i < this.rows.size(); i++) {
			Row row = this.rows.get(i);
			if (row.blank() || row.remove) {
				continue;
			}
			String at = "rows[" + i + "].";
			String name = Texts.clean(row.name);
			if (name == null) {
				errors.rejectValue(at + "name", "nomination.criteria.nameRequired");
			}
			else if (name.length() > CriterionSpec.NAME_LIMIT || name.indexOf('\0') >= 0) {
				errors.rejectValue(at + "name", "common.text.tooLong", new Object[] { "name", CriterionSpec.NAME_LIMIT },
						null);
			}
			if (!CriterionSpec.withinLimits(Decimals.parse(row.weight))) {
				errors.rejectValue(at + "weight", "nomination.criteria.weightRange");
			}
			if (!CriterionSpec.withinLimits(Decimals.parse(row.maximum))) {
				errors.rejectValue(at + "maximum", "nomination.criteria.maximumRange");
			}
			String position = Texts.clean(row.position);
			if (position != null && !position.matches("\\d{1,3}")) {
				errors.rejectValue(at + "position", "nomination.criteria.positionNumber");
			}
		}
	}

	/** The criteria to save, once {@link #check} found nothing; a row without an order takes its place in the list. */
	List<CriterionSpec> toSpecs() {
		List<CriterionSpec> specs = new ArrayList<>();
		for (int i = 0; i < this.rows.size(); i++) {
			Row row = this.rows.get(i);
			if (row.blank() || row.remove) {
				continue;
			}
			String position = Texts.clean(row.position);
			BigDecimal weight = Decimals.parse(row.weight);
			BigDecimal maximum = Decimals.parse(row.maximum);
			specs.add(new CriterionSpec(row.id, Texts.clean(row.name), weight, maximum,
					position == null ? i + 1 : Integer.parseInt(position)));
		}
		return specs;
	}

	/** The row of a criterion, for a refusal next to it. */
	int rowOf(Long criterionId) {
		for (int i = 0; i < this.rows.size(); i++) {
			if (criterionId.equals(this.rows.get(i).id)) {
				return i;
			}
		}
		return -1;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public List<Row> getRows() {
		return this.rows;
	}

	public void setRows(List<Row> rows) {
		this.rows = rows;
	}

}
