package vn.atgt.thidua.nomination;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What a reviewer scored besides the verdicts: a score per nominee and criterion, and a private note per nominee
 * (nominee id to note, absent when none).
 */
public record ReviewSheet(List<Score> scores, Map<Long, String> notes) {

	/** The longest private note kept (review_opinion.private_note). */
	public static final int NOTE_LIMIT = 2000;

	public static final ReviewSheet NONE = new ReviewSheet(List.of(), Map.of());

	public record Score(Long nomineeId, Long criterionId, BigDecimal value) {
	}

	List<Score> of(Long nomineeId) {
		return this.scores.stream().filter(s -> s.nomineeId().equals(nomineeId)).toList();
	}

}
