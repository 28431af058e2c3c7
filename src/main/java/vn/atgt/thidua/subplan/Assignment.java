package vn.atgt.thidua.subplan;

import java.util.List;

/** An internal unit and its duties (section III "Tổ chức thực hiện" of a sub-plan). */
public record Assignment(String unit, List<String> duties) {

	public Assignment {
		duties = duties == null ? List.of() : List.copyOf(duties);
	}

}
