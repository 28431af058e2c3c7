package vn.atgt.thidua.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds legal references ("Nghị quyết số 48/NQ-CP", "Nghị định 30/2020/NĐ-CP", "12/KH-BATGT") in document text so
 * that both renderers keep "số", the number and the symbol on one line (issue 13.6): the PDF in a no-wrap span,
 * the DOCX with non-breaking hyphens.
 */
public final class LegalReferences {

	/** "số 48/NQ-CP", "30/2020/NĐ-CP", "12/KH-BATGT", "168/2024/NĐ-CP"; the word "số" joins when it precedes. */
	private static final Pattern REFERENCE = Pattern
		.compile("(?:(?<=^|[\\s(])[Ss]ố\\s+)?\\d+(?:/\\d{4})?/[\\p{Lu}]+(?:-[\\p{Lu}\\d]+)*");

	/** A piece of text; {@code keep} when it must not break across lines. */
	public record Segment(String text, boolean keep) {
	}

	private LegalReferences() {
	}

	public static List<Segment> segments(String text) {
		List<Segment> segments = new ArrayList<>();
		if (text == null || text.isEmpty()) {
			return segments;
		}
		Matcher m = REFERENCE.matcher(text);
		int at = 0;
		while (m.find()) {
			if (m.start() > at) {
				segments.add(new Segment(text.substring(at, m.start()), false));
			}
			segments.add(new Segment(m.group(), true));
			at = m.end();
		}
		if (at < text.length()) {
			segments.add(new Segment(text.substring(at), false));
		}
		return segments;
	}

}
