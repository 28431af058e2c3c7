package vn.atgt.thidua.nomination;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The prize money of a consolidated submission (rule 19): per nominee, the amount estimated with the rates in force
 * on {@code date} (today while undecided), or, once the decision is recorded, the amounts it fixed. {@code total}
 * sums the known amounts of the nominees that count (passing ones before the decision, awarded ones after);
 * {@code unknown} is how many of them have no rate in force, so a missing rate never reads as 0.
 */
public record PrizeMoney(LocalDate date, boolean fixed, Map<Long, Long> amounts, long total, int unknown) {

	public PrizeMoney {
		amounts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(amounts));
	}

	/** The estimate with {@code rates} on {@code date} for a submission not decided yet. */
	static PrizeMoney estimate(List<NomineePrize> nominees, PrizeRates rates, LocalDate date) {
		Map<Long, Long> amounts = new LinkedHashMap<>();
		for (NomineePrize n : nominees) {
			if (n.status() == NomineeStatus.PASSED) {
				amounts.put(n.nomineeId(), rates.prize(date, n.awardFormId(), n.subjectType())
					.map(PrizeRates.Prize::amount)
					.orElse(null));
			}
		}
		return of(date, false, amounts);
	}

	/** The amounts the recorded decision fixed (awarded nominees; a revoked award keeps its amount but not in the total). */
	static PrizeMoney fixed(List<NomineePrize> nominees, LocalDate decisionDate) {
		Map<Long, Long> amounts = new LinkedHashMap<>();
		Map<Long, Long> counted = new LinkedHashMap<>();
		for (NomineePrize n : nominees) {
			if (n.status() == NomineeStatus.AWARDED || n.status() == NomineeStatus.REVOKED) {
				amounts.put(n.nomineeId(), n.fixedAmount());
			}
			if (n.status() == NomineeStatus.AWARDED) {
				counted.put(n.nomineeId(), n.fixedAmount());
			}
		}
		PrizeMoney totals = of(decisionDate, true, counted);
		return new PrizeMoney(decisionDate, true, amounts, totals.total(), totals.unknown());
	}

	private static PrizeMoney of(LocalDate date, boolean fixed, Map<Long, Long> amounts) {
		long total = amounts.values().stream().filter(a -> a != null).mapToLong(Long::longValue).sum();
		int unknown = (int) amounts.values().stream().filter(a -> a == null).count();
		return new PrizeMoney(date, fixed, amounts, total, unknown);
	}

	/** Whether the nominee has an amount line at all (a passing or awarded nominee). */
	public boolean counts(Long nomineeId) {
		return this.amounts.containsKey(nomineeId);
	}

	/** The nominee's amount, or null when it has none or none is known. */
	public Long amountOf(Long nomineeId) {
		return this.amounts.get(nomineeId);
	}

	public boolean isComplete() {
		return this.unknown == 0;
	}

}
