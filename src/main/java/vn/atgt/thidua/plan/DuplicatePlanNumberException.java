package vn.atgt.thidua.plan;

/** The number is already taken by another plan of the same body, type and year. */
public class DuplicatePlanNumberException extends RuntimeException {

	public DuplicatePlanNumberException(String numberSymbol, int year) {
		super(numberSymbol + " already used in " + year);
	}

}
