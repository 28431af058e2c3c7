package vn.atgt.thidua.nomination.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.atgt.thidua.nomination.Verdict;
import vn.atgt.thidua.shared.text.Texts;

/** Reads per-nominee verdicts from request parameters {@code pass_<id>} (true/false) and {@code reason_<id>}. */
final class Verdicts {

	private Verdicts() {
	}

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
