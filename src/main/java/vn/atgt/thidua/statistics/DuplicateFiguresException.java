package vn.atgt.thidua.statistics;

/** A second set of figures for the same scope and period. */
public class DuplicateFiguresException extends RuntimeException {

	public DuplicateFiguresException() {
		super("figures already exist for this scope and period");
	}

}
