package vn.atgt.thidua.nomination.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import vn.atgt.thidua.shared.text.VnMoney;

/** A new row of the base-salary table: from when, and the amount in đồng as typed ("2.340.000" or "2340000"). */
public class BaseSalaryForm {

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate salaryFrom;

	@NotNull
	@Size(max = 20)
	@Pattern(regexp = "0*[1-9]\\d{0,14}|[1-9]\\d{0,2}([. ]\\d{3}){1,4}")
	private String amount;

	/** The amount in đồng; only after validation passed. */
	long amountValue() {
		return VnMoney.parse(this.amount);
	}

	public LocalDate getSalaryFrom() {
		return this.salaryFrom;
	}

	public void setSalaryFrom(LocalDate salaryFrom) {
		this.salaryFrom = salaryFrom;
	}

	public String getAmount() {
		return this.amount;
	}

	public void setAmount(String amount) {
		this.amount = amount;
	}

}
