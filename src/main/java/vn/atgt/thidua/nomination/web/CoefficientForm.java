package vn.atgt.thidua.nomination.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;

import vn.atgt.thidua.nomination.SubjectType;

/** A new row of the coefficient table: award form, subject type, from when, and the multiple of the base salary. */
public class CoefficientForm {

	@NotNull
	private Long awardFormId;

	@NotNull
	private SubjectType subjectType;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate coefficientFrom;

	@NotNull
	@DecimalMin(value = "0", inclusive = false)
	@DecimalMax(value = "50")
	@Digits(integer = 2, fraction = 2)
	private BigDecimal coefficient;

	public Long getAwardFormId() {
		return this.awardFormId;
	}

	public void setAwardFormId(Long awardFormId) {
		this.awardFormId = awardFormId;
	}

	public SubjectType getSubjectType() {
		return this.subjectType;
	}

	public void setSubjectType(SubjectType subjectType) {
		this.subjectType = subjectType;
	}

	public LocalDate getCoefficientFrom() {
		return this.coefficientFrom;
	}

	public void setCoefficientFrom(LocalDate coefficientFrom) {
		this.coefficientFrom = coefficientFrom;
	}

	public BigDecimal getCoefficient() {
		return this.coefficient;
	}

	public void setCoefficient(BigDecimal coefficient) {
		this.coefficient = coefficient;
	}

}
