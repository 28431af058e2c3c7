package vn.atgt.thidua.nomination.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.atgt.thidua.nomination.ReviewSheet;
import vn.atgt.thidua.nomination.ScoringCriterion;
import vn.atgt.thidua.shared.text.Texts;

/**
 * Reads a reviewer's scores ({@code score_<nominee>_<criterion>}) and private notes ({@code note_<nominee>}) from
 * the opinion form (public for the templates' expressions).
 */
public final class Scores {

	private Scores() {
	}

	/** What was typed (to show it again), the problems of each field, and the sheet when there is none. */
	public record Input(ReviewSheet sheet, Map<String, String> values, Map<String, Verdicts.Problem> problems) {

		public boolean hasProblems() {
			return !this.problems.isEmpty();
		}

		public String value(String field) {
			return this.values.get(field);
		}

		public Verdicts.Problem problem(String field) {
			return this.problems.get(field);
		}

	}

	public static String scoreField(Long nomineeId, Long criterionId) {
		return "score_" + nomineeId + "_" + criterionId;
	}

	public static String noteField(Long nomineeId) {
		return "note_" + nomineeId;
	}

	/**
	 * Every criterion of each nominee's award form needs a score from 0 to its highest (a dot or a comma before at
	 * most two decimals); a private note may not exceed {@link ReviewSheet#NOTE_LIMIT} nor contain a NUL character.
	 */
	static Input check(Map<String, String> params, Map<Long, List<ScoringCriterion>> criteriaByNominee) {
		List<ReviewSheet.Score> scores = new ArrayList<>();
		Map<Long, String> notes = new LinkedHashMap<>();
		Map<String, String> values = new LinkedHashMap<>();
		Map<String, Verdicts.Problem> problems = new LinkedHashMap<>();
		criteriaByNominee.forEach((nomineeId, criteria) -> {
			for (ScoringCriterion criterion : criteria) {
				String field = scoreField(nomineeId, criterion.getId());
				String typed = params.get(field);
				String raw = clean(typed);
				values.put(field, raw);
				BigDecimal value = Decimals.parse(raw);
				if (typed != null && typed.indexOf('\0') >= 0) {
					problems.put(field, problem("common.text.nul"));
				}
				else if (raw == null || raw.isBlank()) {
					problems.put(field, problem("nomination.validation.scoreRequired"));
				}
				else if (value == null) {
					problems.put(field, problem("nomination.validation.scoreNumber"));
				}
				else if (value.compareTo(criterion.getMaximum()) > 0) {
					problems.put(field, new Verdicts.Problem("nomination.validation.scoreRange",
							new Object[] { criterion.getMaximum().stripTrailingZeros().toPlainString() }));
				}
				else {
					scores.add(new ReviewSheet.Score(nomineeId, criterion.getId(), value));
				}
			}
			String field = noteField(nomineeId);
			String raw = params.get(field);
			values.put(field, clean(raw));
			String note = Texts.clean(raw);
			if (raw != null && raw.indexOf('\0') >= 0) {
				problems.put(field, problem("common.text.nul"));
			}
			else if (note != null && note.length() > ReviewSheet.NOTE_LIMIT) {
				problems.put(field, new Verdicts.Problem("common.text.tooLong",
						new Object[] { field, ReviewSheet.NOTE_LIMIT }));
			}
			else if (note != null) {
				notes.put(nomineeId, note);
			}
		});
		return new Input(new ReviewSheet(scores, notes), values, problems);
	}

	private static String clean(String raw) {
		return raw == null ? null : raw.replace("\0", "");
	}

	private static Verdicts.Problem problem(String key) {
		return new Verdicts.Problem(key, new Object[0]);
	}

}
