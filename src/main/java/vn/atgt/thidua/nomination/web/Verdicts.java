package vn.atgt.thidua.nomination.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.atgt.thidua.nomination.Verdict;
import vn.atgt.thidua.shared.text.Texts;

/** Reads per-nominee verdicts (public for the templates' expressions, which call only public methods) from request parameters {@code pass_<id>} (true/false) and {@code reason_<id>}. */
public final class Verdicts {

	/** The longest reason an appraisal keeps (nominee.appraisal_reason). */
	static final int APPRAISAL_REASON = 1000;

	/** The longest comment a reviewer's opinion keeps (review_opinion.comment). */
	static final int OPINION_REASON = 2000;

	private Verdicts() {
	}

	/** A message for one field of the verdict form: its key and arguments. */
	public record Problem(String key, Object[] args) {
	}

	/**
	 * The verdicts typed on a form ({@code form}: which one, "appraise" or "opinion"), what was typed (to show it
	 * again) and the problems of each field; {@link #verdicts()} is only complete when there is no problem.
	 */
	public record Input(String form, List<Verdict> verdicts, Map<String, String> values, Map<String, Problem> problems) {

		public boolean hasProblems() {
			return !this.problems.isEmpty();
		}

		/** What was typed in a field ({@code pass_12}, {@code reason_12}), without NUL characters. */
		public String value(String field) {
			return this.values.get(field);
		}

		public Problem problem(String field) {
			return this.problems.get(field);
		}

	}

	/**
	 * Checks one verdict per nominee of the dossier: a verdict must be chosen (the form starts with none), a
	 * failure needs its reason, a reason may not exceed {@code maxReason} nor contain a NUL character.
	 */
	static Input check(String form, Map<String, String> params, Collection<Long> nomineeIds, int maxReason) {
		List<Verdict> verdicts = new ArrayList<>();
		Map<String, String> values = new LinkedHashMap<>();
		Map<String, Problem> problems = new LinkedHashMap<>();
		for (Long id : nomineeIds) {
			String passField = "pass_" + id;
			String reasonField = "reason_" + id;
			String pass = params.get(passField);
			String raw = params.get(reasonField);
			values.put(passField, pass);
			values.put(reasonField, raw == null ? null : raw.replace("\0", ""));
			String reason = Texts.clean(raw);
			boolean chosen = "true".equals(pass) || "false".equals(pass);
			if (!chosen) {
				problems.put(passField, new Problem("nomination.validation.verdictRequired", new Object[0]));
			}
			if (raw != null && raw.indexOf('\0') >= 0) {
				problems.put(reasonField, new Problem("common.text.nul", new Object[0]));
			}
			else if (reason != null && reason.length() > maxReason) {
				problems.put(reasonField, new Problem("common.text.tooLong", new Object[] { reasonField, maxReason }));
			}
			else if ("false".equals(pass) && reason == null) {
				problems.put(reasonField, new Problem("nomination.validation.failReasonRequired", new Object[0]));
			}
			if (chosen) {
				verdicts.add(new Verdict(id, Boolean.parseBoolean(pass), reason));
			}
		}
		return new Input(form, verdicts, values, problems);
	}

	/** The decision form's verdicts (its rows are only those the office marks; the decision page checks the rest). */
	static List<Verdict> from(Map<String, String> params) {
		List<Verdict> verdicts = new ArrayList<>();
		params.forEach((name, value) -> {
			if (name.startsWith("pass_") && name.substring(5).matches("\\d{1,18}")
					&& ("true".equals(value) || "false".equals(value))) {
				String id = name.substring(5);
				String raw = params.get("reason_" + id);
				if (raw != null && raw.indexOf('\0') >= 0) {
					// request maps bypass the binder's NUL check: refuse here (400 page) before the database does
					throw new IllegalArgumentException("NUL character in reason_" + id);
				}
				String reason = Texts.clean(raw);
				verdicts.add(new Verdict(Long.valueOf(id), Boolean.parseBoolean(value),
						reason == null || reason.length() <= 1000 ? reason : reason.substring(0, 1000)));
			}
		});
		return verdicts;
	}

}
