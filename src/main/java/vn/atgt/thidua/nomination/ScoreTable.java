package vn.atgt.thidua.nomination;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One nominee's scores side by side: a column per reviewer still before the dossier (recused ones left out), with
 * the weighted total of each, their mean and their spread (highest total less the lowest), one decimal each. A
 * column holds its reviewer's private note: the office sees every column, a reviewer only their own, the agency none.
 */
public record ScoreTable(List<ScoringCriterion> criteria, List<Column> columns, BigDecimal mean, BigDecimal spread) {

	public static final ScoreTable NONE = new ScoreTable(List.of(), List.of(), null, null);

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/** One reviewer's scores (criterion id to score), their weighted total (null until every criterion is scored). */
	public record Column(Long reviewerId, String reviewerName, Map<Long, BigDecimal> scores, BigDecimal total,
			String note) {

		public BigDecimal score(Long criterionId) {
			return this.scores.get(criterionId);
		}

	}

	static ScoreTable of(List<ScoringCriterion> criteria, List<Column> columns) {
		List<BigDecimal> totals = columns.stream().map(Column::total).filter(Objects::nonNull).toList();
		return new ScoreTable(criteria, columns, mean(totals), spread(totals));
	}

	static Column column(Long reviewerId, String reviewerName, List<ScoringCriterion> criteria,
			Collection<ReviewScore> scores, String note) {
		Map<Long, BigDecimal> byCriterion = scores.stream()
			.collect(Collectors.toMap(ReviewScore::getCriterionId, ReviewScore::getScore, (a, b) -> b));
		return new Column(reviewerId, reviewerName, byCriterion, total(criteria, byCriterion), note);
	}

	/**
	 * The weighted total on 100: each criterion counts its weight whatever its scale, Σ (score / highest) × weight /
	 * Σ weight × 100, rounded half up to one decimal; null while a criterion has no score (or there is no criterion).
	 * (A criterion marked on 10 with weight 60 counts for 60 %, beside one marked on 100 with weight 40.)
	 */
	static BigDecimal total(List<ScoringCriterion> criteria, Map<Long, BigDecimal> scores) {
		if (criteria.isEmpty() || !criteria.stream().allMatch(c -> scores.get(c.getId()) != null)) {
			return null;
		}
		BigDecimal scored = BigDecimal.ZERO;
		BigDecimal possible = BigDecimal.ZERO;
		for (ScoringCriterion c : criteria) {
			scored = scored.add(scores.get(c.getId()).multiply(c.getWeight())
				.divide(c.getMaximum(), 12, RoundingMode.HALF_UP));
			possible = possible.add(c.getWeight());
		}
		return scored.multiply(HUNDRED).divide(possible, 1, RoundingMode.HALF_UP);
	}

	static BigDecimal mean(List<BigDecimal> totals) {
		return totals.isEmpty() ? null
				: totals.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
					.divide(BigDecimal.valueOf(totals.size()), 1, RoundingMode.HALF_UP);
	}

	/** The highest total less the lowest (0.0 with one reviewer), of the totals as shown. */
	static BigDecimal spread(List<BigDecimal> totals) {
		return totals.isEmpty() ? null
				: totals.stream().max(BigDecimal::compareTo).orElseThrow()
					.subtract(totals.stream().min(BigDecimal::compareTo).orElseThrow()).setScale(1);
	}

	/** A score as the page shows it: its decimals without trailing zeros, a comma before them. */
	public static String shown(BigDecimal score) {
		return score == null ? "–" : score.stripTrailingZeros().toPlainString().replace('.', ',');
	}

	/** A total, a mean or a spread as the page shows it: one decimal after a comma. */
	public static String shownTotal(BigDecimal total) {
		return total == null ? "–" : total.setScale(1, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
	}

	/** The sum of the criteria's weights, shown under the table. */
	public BigDecimal weights() {
		return this.criteria.stream().map(ScoringCriterion::getWeight).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	public boolean isEmpty() {
		return this.criteria.isEmpty();
	}

	/** A reviewer's own column, to fill their form with what they scored. */
	public Column of(Long reviewerId) {
		return this.columns.stream().filter(c -> c.reviewerId().equals(reviewerId)).findFirst().orElse(null);
	}

}
