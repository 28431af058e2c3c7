package vn.atgt.thidua.plan;

/** The number is already taken by another plan of the same body and type in the same year of issue. */
public class DuplicatePlanNumberException extends RuntimeException {

	public DuplicatePlanNumberException(String numberSymbol, int issueYear) {
		super(numberSymbol + " already used in " + issueYear);
	}

}
