package vn.atgt.thidua.nomination;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.shared.events.Actor;
import vn.atgt.thidua.shared.security.CurrentUser;

/** The office keeps the dated tables of base salaries and prize coefficients (ADR 0186). */
@Service
@Transactional
public class PrizeRateService {

	private final BaseSalaryRepository salaries;

	private final PrizeCoefficientRepository coefficients;

	private final AwardFormRepository forms;

	private final Clock clock;

	PrizeRateService(BaseSalaryRepository salaries, PrizeCoefficientRepository coefficients, AwardFormRepository forms,
			Clock clock) {
		this.salaries = salaries;
		this.coefficients = coefficients;
		this.forms = forms;
		this.clock = clock;
	}

	/** A row of the base-salary table as the page lists it. */
	public record SalaryRow(Long id, LocalDate validFrom, long amount, String createdBy) {
	}

	/** A row of the coefficient table as the page lists it, with the award form's name. */
	public record CoefficientRow(Long id, String awardForm, SubjectType subjectType, LocalDate validFrom,
			BigDecimal coefficient, String createdBy) {
	}

	/** Both tables, newest first. */
	public record RatesView(List<SalaryRow> salaries, List<CoefficientRow> coefficients) {
	}

	@Transactional(readOnly = true)
	public RatesView view() {
		Map<Long, String> names = this.forms.findAll().stream()
			.collect(Collectors.toMap(AwardForm::getId, AwardForm::getName));
		return new RatesView(
				this.salaries.findAllByOrderByValidFromDesc().stream()
					.map(s -> new SalaryRow(s.getId(), s.getValidFrom(), s.getAmount(), s.getCreatedBy()))
					.toList(),
				this.coefficients.findAllByOrderByValidFromDescIdDesc().stream()
					.map(c -> new CoefficientRow(c.getId(), names.get(c.getAwardFormId()), c.getSubjectType(), c.getValidFrom(),
							c.getCoefficient(), c.getCreatedBy()))
					.toList());
	}

	/** Every row of both tables, for computing amounts (two small tables: two statements). */
	@Transactional(readOnly = true)
	public PrizeRates rates() {
		return new PrizeRates(this.salaries.findAll().stream().map(BaseSalary::rate).toList(),
				this.coefficients.findAll().stream().map(PrizeCoefficient::rate).toList());
	}

	/** The highest base salary the table takes (the statutory one is 2.340.000 đồng from 01/7/2024). */
	static final long MAX_BASE_SALARY = 100_000_000L;

	public void addBaseSalary(LocalDate validFrom, long amount, CurrentUser office) {
		// the statutory base salary: a day of this century, an amount below 100 million đồng a month
		if (validFrom.getYear() < 2000 || validFrom.getYear() > 2100) {
			throw new PrizeRateRefusedException("salaryFrom", "nomination.prize.validation.year");
		}
		if (amount > MAX_BASE_SALARY) {
			throw new PrizeRateRefusedException("amount", "nomination.prize.validation.salaryTooHigh");
		}
		if (this.salaries.existsByValidFrom(validFrom)) {
			throw new PrizeRateRefusedException("salaryFrom", "nomination.prize.validation.duplicateSalary");
		}
		Actor by = Actor.of(office);
		BaseSalary salary = this.salaries.save(new BaseSalary(validFrom, amount, by, this.clock.instant()));
		salary.recordAddition(by);
		this.salaries.save(salary);
	}

	public void addCoefficient(Long awardFormId, SubjectType subjectType, LocalDate validFrom, BigDecimal coefficient,
			CurrentUser office) {
		if (validFrom.getYear() < 2000 || validFrom.getYear() > 2100) {
			throw new PrizeRateRefusedException("coefficientFrom", "nomination.prize.validation.year");
		}
		AwardForm form = this.forms.findById(awardFormId)
			.orElseThrow(() -> new PrizeRateRefusedException("awardFormId", "nomination.prize.validation.awardForm"));
		if (!form.appliesTo(subjectType)) {
			throw new PrizeRateRefusedException("subjectType", "nomination.prize.validation.subject");
		}
		if (this.coefficients.existsByAwardFormIdAndSubjectTypeAndValidFrom(awardFormId, subjectType, validFrom)) {
			throw new PrizeRateRefusedException("coefficientFrom", "nomination.prize.validation.duplicateCoefficient");
		}
		Actor by = Actor.of(office);
		PrizeCoefficient row = this.coefficients.save(
				new PrizeCoefficient(awardFormId, subjectType, validFrom, coefficient, by, this.clock.instant()));
		row.recordAddition(form.getName(), by);
		this.coefficients.save(row);
	}

	/**
	 * Removes a mistaken row (a wrong figure cannot be added again for the same date). Decisions already recorded keep
	 * the amounts they fixed; undecided submissions are estimated with the rows left. False when it was already gone.
	 */
	public boolean removeBaseSalary(Long id, CurrentUser office) {
		return this.salaries.findById(id).map(salary -> {
			salary.recordRemoval(Actor.of(office), this.clock.instant());
			this.salaries.save(salary);
			this.salaries.delete(salary);
			return true;
		}).orElse(false);
	}

	/** As {@link #removeBaseSalary}, for a row of the coefficient table. */
	public boolean removeCoefficient(Long id, CurrentUser office) {
		return this.coefficients.findById(id).map(row -> {
			String form = this.forms.findById(row.getAwardFormId()).map(AwardForm::getName).orElse("");
			row.recordRemoval(form, Actor.of(office), this.clock.instant());
			this.coefficients.save(row);
			this.coefficients.delete(row);
			return true;
		}).orElse(false);
	}

}
