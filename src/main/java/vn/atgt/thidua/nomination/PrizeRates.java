package vn.atgt.thidua.nomination;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The two dated tables the office keeps, as values, and the rule of prize money (domain brief 1.13): an award's
 * amount is its coefficient × the base salary, both the rows in force on the decision date (the latest
 * {@code validFrom} on or before it), rounded up to the nearest 10,000 đồng. No row in force: no amount (unknown,
 * never 0).
 */
public record PrizeRates(List<Salary> salaries, List<Coefficient> coefficients) {

	/** Amounts are rounded up to a multiple of this many đồng. */
	static final long ROUNDING = 10_000;

	public PrizeRates {
		salaries = List.copyOf(salaries);
		coefficients = List.copyOf(coefficients);
	}

	/** A base salary from a date on. */
	public record Salary(LocalDate validFrom, long amount) {
	}

	/** A coefficient of an award form for a subject type from a date on. */
	public record Coefficient(Long awardFormId, SubjectType subjectType, LocalDate validFrom, BigDecimal coefficient) {
	}

	/** The prize money of one award, with what it was computed from. */
	public record Prize(long amount, BigDecimal coefficient, long baseSalary) {

		static Prize of(BigDecimal coefficient, long baseSalary) {
			return new Prize(PrizeRates.amount(coefficient, baseSalary), coefficient, baseSalary);
		}

	}

	/** ⌈coefficient × base salary / 10,000⌉ × 10,000. */
	public static long amount(BigDecimal coefficient, long baseSalary) {
		BigDecimal exact = coefficient.multiply(BigDecimal.valueOf(baseSalary));
		BigDecimal steps = exact.divide(BigDecimal.valueOf(ROUNDING), 0, RoundingMode.CEILING);
		return steps.longValueExact() * ROUNDING;
	}

	/** The base salary in force on {@code date}. */
	public Optional<Salary> salaryOn(LocalDate date) {
		return this.salaries.stream().filter(s -> !s.validFrom().isAfter(date))
			.max(Comparator.comparing(Salary::validFrom));
	}

	/** The coefficient of the award form for the subject type in force on {@code date}. */
	public Optional<Coefficient> coefficientOn(LocalDate date, Long awardFormId, SubjectType subjectType) {
		return this.coefficients.stream()
			.filter(c -> c.awardFormId().equals(awardFormId) && c.subjectType() == subjectType
					&& !c.validFrom().isAfter(date))
			.max(Comparator.comparing(Coefficient::validFrom));
	}

	/** The prize money of an award decided on {@code date}, or empty when either table has no row in force. */
	public Optional<Prize> prize(LocalDate date, Long awardFormId, SubjectType subjectType) {
		Optional<Salary> salary = salaryOn(date);
		return coefficientOn(date, awardFormId, subjectType)
			.flatMap(c -> salary.map(s -> Prize.of(c.coefficient(), s.amount())));
	}

}
