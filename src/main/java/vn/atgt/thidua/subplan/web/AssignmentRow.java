package vn.atgt.thidua.subplan.web;

import jakarta.validation.constraints.Size;

/** An internal unit and its duties (one per line) in the sub-plan form; a row without a unit is ignored. */
public class AssignmentRow {

	@Size(max = 300)
	private String unit;

	@Size(max = 10000)
	private String duties;

	public AssignmentRow() {
	}

	AssignmentRow(String unit, String duties) {
		this.unit = unit;
		this.duties = duties;
	}

	boolean isBlank() {
		return this.unit == null || this.unit.isBlank();
	}

	public String getUnit() {
		return this.unit;
	}

	public void setUnit(String unit) {
		this.unit = unit;
	}

	public String getDuties() {
		return this.duties;
	}

	public void setDuties(String duties) {
		this.duties = duties;
	}

}
