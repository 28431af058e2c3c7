package vn.atgt.thidua.nomination;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.test.util.ReflectionTestUtils;

import vn.atgt.thidua.shared.domain.InvalidStateException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.atgt.thidua.nomination.DossierRulesTests.BY;
import static vn.atgt.thidua.nomination.DossierRulesTests.CONFIRMED;
import static vn.atgt.thidua.nomination.DossierRulesTests.FILE;
import static vn.atgt.thidua.nomination.DossierRulesTests.NOW;
import static vn.atgt.thidua.nomination.DossierRulesTests.TODAY;

/** Issue 15.3 in the domain: recusal, scoring criteria, scores and the arithmetic of the office's score table. */
class ReviewerToolsRulesTests {

	AwardForm bangKhen = DossierRulesTests.form(1L, "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", true, true);

	Dossier dossier;

	Nominee an;

	ScoringCriterion first;

	ScoringCriterion second;

	@BeforeEach
	void underAppraisal() {
		this.dossier = Dossier.open(7L, 9L, NOW);
		this.an = this.dossier.addNominee(DossierRulesTests.spec(SubjectType.INDIVIDUAL, "Nguyễn Văn An", this.bangKhen,
				false, false), this.bangKhen, BY, NOW);
		ReflectionTestUtils.setField(this.an, "id", 100L);
		for (PartKind kind : List.of(PartKind.TO_TRINH, PartKind.DANH_SACH, PartKind.BIEN_BAN_HOP_HDTDKT)) {
			this.dossier.addPart(kind, null, FILE, BY, NOW);
		}
		this.dossier.addPart(PartKind.BAO_CAO_THANH_TICH, 100L, FILE, BY, NOW);
		this.dossier.confirmReport(100L, CONFIRMED, TODAY, BY, NOW);
		this.dossier.submit(BY, NOW);
		this.dossier.receive(LocalDate.of(2024, 12, 20), LocalDate.of(2025, 1, 27), BY, NOW);
		this.bangKhen.saveCriteria(List.of(new CriterionSpec(null, "Thành tích", new BigDecimal("2"), new BigDecimal("10"), 1),
				new CriterionSpec(null, "Sáng kiến", new BigDecimal("1"), new BigDecimal("5"), 2)), BY, NOW);
		this.first = this.bangKhen.getCriteria().get(0);
		this.second = this.bangKhen.getCriteria().get(1);
		ReflectionTestUtils.setField(this.first, "id", 11L);
		ReflectionTestUtils.setField(this.second, "id", 12L);
	}

	Map<Long, List<ScoringCriterion>> criteria() {
		return Map.of(1L, this.bangKhen.getCriteria());
	}

	ReviewSheet sheet(String first, String second, String note) {
		return new ReviewSheet(List.of(new ReviewSheet.Score(100L, 11L, new BigDecimal(first)),
				new ReviewSheet.Score(100L, 12L, new BigDecimal(second))), note == null ? Map.of() : Map.of(100L, note));
	}

	void score(Long reviewer, String first, String second, String note) {
		this.dossier.recordOpinions(reviewer, "R" + reviewer, List.of(new Verdict(100L, true, null)),
				sheet(first, second, note), criteria(), BY, NOW);
	}

	@Test
	void recusedReviewerNoLongerCountsAndCannotBeAssignedAgain() {
		this.dossier.assignReviewer(6L, "Thẩm định", "thamdinh", null, BY, NOW);
		this.dossier.assignReviewer(8L, "Thẩm định 2", "thamdinh2", null, BY, NOW);
		this.dossier.recuse(6L, "Có quan hệ họ hàng với người được đề nghị", BY, NOW);
		assertThat(this.dossier.isAssigned(6L)).isFalse();
		assertThat(this.dossier.activeReviewers()).extracting(ReviewerAssignment::getReviewerId).containsExactly(8L);
		assertThat(this.dossier.getReviewers().get(0).getRecusalReason()).isEqualTo("Có quan hệ họ hàng với người được đề nghị");
		assertThat(this.dossier.getReviewers().get(0).getRecusedAt()).isEqualTo(NOW);
		assertThatThrownBy(() -> this.dossier.assignReviewer(6L, "Thẩm định", "thamdinh", null, BY, NOW))
			.isInstanceOf(ReviewerRecusedException.class).hasMessage("nomination.error.reviewerRecused");
		assertThatThrownBy(() -> this.dossier.recuse(6L, "Lần nữa", BY, NOW)).hasMessage("nomination.error.notAssigned");
		assertThatThrownBy(() -> score(6L, "1", "1", null)).hasMessage("nomination.error.notAssigned");
		assertThatThrownBy(() -> this.dossier.recuse(8L, " ", BY, NOW)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> this.dossier.recuse(8L, "x".repeat(1001), BY, NOW))
			.isInstanceOf(IllegalArgumentException.class);
		@SuppressWarnings("unchecked")
		java.util.Collection<Object> events = ReflectionTestUtils.invokeMethod(this.dossier, "domainEvents");
		assertThat(events).filteredOn(NominationEvents.ReviewerRecused.class::isInstance).singleElement()
			.satisfies(e -> assertThat(((NominationEvents.ReviewerRecused) e).audit().action()).isEqualTo("nomination.recuse"));
	}

	@Test
	void recusalOnlyWhileUnderAppraisal() {
		this.dossier.assignReviewer(6L, "Thẩm định", "thamdinh", null, BY, NOW);
		this.dossier.appraise(List.of(new Verdict(100L, true, null)), BY, NOW);
		assertThatThrownBy(() -> this.dossier.recuse(6L, "Bận", BY, NOW)).isInstanceOf(InvalidStateException.class)
			.hasMessage("nomination.error.state");
	}

	@Test
	void aLaterSaveReplacesTheReviewersScoresAndKeepsTheNote() {
		this.dossier.assignReviewer(6L, "Thẩm định", "thamdinh", null, BY, NOW);
		score(6L, "8", "4", "Cần xác minh thêm");
		score(6L, "9.5", "5", "Đã xác minh");
		assertThat(this.dossier.getScores()).hasSize(2)
			.extracting(ReviewScore::getScore).containsExactly(new BigDecimal("9.5"), new BigDecimal("5"));
		assertThat(this.dossier.getOpinions()).singleElement()
			.satisfies(o -> assertThat(o.getPrivateNote()).isEqualTo("Đã xác minh"));
	}

	@Test
	void everyCriterionNeedsAScoreWithinItsMaximum() {
		this.dossier.assignReviewer(6L, "Thẩm định", "thamdinh", null, BY, NOW);
		assertThatThrownBy(() -> score(6L, "10.5", "1", null)).hasMessage("nomination.error.scoresIncomplete");
		assertThatThrownBy(() -> score(6L, "-1", "1", null)).hasMessage("nomination.error.scoresIncomplete");
		assertThatThrownBy(() -> this.dossier.recordOpinions(6L, "R", List.of(new Verdict(100L, true, null)),
				new ReviewSheet(List.of(new ReviewSheet.Score(100L, 11L, BigDecimal.ONE)), Map.of()), criteria(), BY, NOW))
			.hasMessage("nomination.error.scoresIncomplete");
		assertThatThrownBy(() -> this.dossier.recordOpinions(6L, "R", List.of(new Verdict(100L, true, null)),
				new ReviewSheet(List.of(new ReviewSheet.Score(100L, 11L, BigDecimal.ONE), new ReviewSheet.Score(100L, 12L, BigDecimal.ONE),
						new ReviewSheet.Score(100L, 99L, BigDecimal.ONE)), Map.of()), criteria(), BY, NOW))
			.hasMessage("nomination.error.scoresIncomplete");
		assertThat(this.dossier.getScores()).isEmpty();
	}

	@Test
	void weightedTotalMeanAndSpreadToOneDecimal() {
		List<ScoringCriterion> criteria = this.bangKhen.getCriteria();
		// (8/10×2 + 4/5×1) / (2 + 1) × 100 = 2.4/3 × 100 = 80.0 (each criterion counts its weight)
		assertThat(ScoreTable.total(criteria, Map.of(11L, new BigDecimal("8"), 12L, new BigDecimal("4"))))
			.isEqualByComparingTo("80.0");
		// (7/10×2 + 3.5/5×1) / 3 × 100 = 70.0; (9.33/10×2 + 2/5×1) / 3 × 100 = 75.53 → 75.5
		assertThat(ScoreTable.total(criteria, Map.of(11L, new BigDecimal("7"), 12L, new BigDecimal("3.5"))))
			.isEqualByComparingTo("70.0");
		assertThat(ScoreTable.total(criteria, Map.of(11L, new BigDecimal("9.33"), 12L, new BigDecimal("2"))))
			.hasToString("75.5");
		// (1/10×2 + 0) / 3 × 100 = 6.67 → 6.7
		assertThat(ScoreTable.total(criteria, Map.of(11L, new BigDecimal("1"), 12L, BigDecimal.ZERO))).hasToString("6.7");
		assertThat(ScoreTable.total(criteria, Map.of(11L, new BigDecimal("8")))).isNull();
		assertThat(ScoreTable.total(List.of(), Map.of())).isNull();
		assertThat(ScoreTable.mean(List.of(new BigDecimal("80.0"), new BigDecimal("70.0"), new BigDecimal("82.6"))))
			.hasToString("77.5");
		assertThat(ScoreTable.spread(List.of(new BigDecimal("80.0"), new BigDecimal("70.0"), new BigDecimal("82.6"))))
			.hasToString("12.6");
		assertThat(ScoreTable.spread(List.of(new BigDecimal("80.0")))).hasToString("0.0");
		assertThat(ScoreTable.mean(List.of())).isNull();
		assertThat(ScoreTable.shownTotal(new BigDecimal("77.5"))).isEqualTo("77,5");
		assertThat(ScoreTable.shown(new BigDecimal("9.50"))).isEqualTo("9,5");
	}

	@Test
	void scoreTableLeavesOutAReviewerWhoHasNotScoredEveryCriterion() {
		ScoreTable table = ScoreTable.of(this.bangKhen.getCriteria(), List.of(
				new ScoreTable.Column(6L, "A", Map.of(11L, new BigDecimal("8"), 12L, new BigDecimal("4")), new BigDecimal("80.0"), null),
				new ScoreTable.Column(8L, "B", Map.of(11L, new BigDecimal("5")), null, "ghi chú")));
		assertThat(table.mean()).hasToString("80.0");
		assertThat(table.spread()).hasToString("0.0");
		assertThat(table.of(8L).note()).isEqualTo("ghi chú");
	}

	@Test
	void criteriaAreAddedChangedAndRemovedWithTheirChangesAudited() {
		this.bangKhen.saveCriteria(List.of(new CriterionSpec(11L, "Thành tích nổi bật", new BigDecimal("3"), new BigDecimal("10"), 1),
				new CriterionSpec(null, "Tuyên truyền", new BigDecimal("1.5"), new BigDecimal("20"), 3)), BY, NOW);
		assertThat(this.bangKhen.getCriteria()).extracting(ScoringCriterion::getName)
			.containsExactly("Thành tích nổi bật", "Tuyên truyền");
		@SuppressWarnings("unchecked")
		java.util.Collection<Object> events = ReflectionTestUtils.invokeMethod(this.bangKhen, "domainEvents");
		assertThat(events).last().isInstanceOfSatisfying(NominationEvents.CriteriaChanged.class, e -> {
			assertThat(e.audit().action()).isEqualTo("nomination.awardForm.criteria");
			assertThat(e.changes()).extracting(c -> c.oldValue() + " → " + c.newValue()).containsExactly(
					"1. Thành tích (2 × 10) → 1. Thành tích nổi bật (3 × 10)", "2. Sáng kiến (1 × 5) → null",
					"null → 3. Tuyên truyền (1.5 × 20)");
		});
		assertThatThrownBy(() -> this.bangKhen.saveCriteria(List.of(new CriterionSpec(null, "x", BigDecimal.ZERO, BigDecimal.TEN, 1)), BY, NOW))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> this.bangKhen.saveCriteria(List.of(new CriterionSpec(99L, "x", BigDecimal.ONE, BigDecimal.TEN, 1)), BY, NOW))
			.isInstanceOf(vn.atgt.thidua.shared.domain.NotFoundException.class);
	}

}
