package vn.atgt.thidua.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the statistics table of Gatling's HTML report (3.15 writes no stats.json): per request name, the 13 columns
 * total, OK, KO, KO %, requests/s, min, 50th, 75th, 95th, 99th percentile, max, mean, standard deviation.
 */
final class GatlingReport {

	static final int TOTAL = 0;

	static final int KO = 2;

	static final int RPS = 4;

	static final int P50 = 6;

	static final int P95 = 8;

	static final int P99 = 9;

	static final int MAX = 10;

	private static final Pattern ROW = Pattern.compile("class=\"ellipsed-name\">([^<]+)</span>(.*?)</tr>", Pattern.DOTALL);

	private static final Pattern CELL = Pattern.compile("<td class=\"value [^\"]*\">([^<]*)</td>");

	static Map<String, double[]> read(Path indexHtml) throws IOException {
		Map<String, double[]> rows = new LinkedHashMap<>();
		Matcher row = ROW.matcher(Files.readString(indexHtml));
		while (row.find()) {
			Matcher cell = CELL.matcher(row.group(2));
			double[] values = new double[13];
			int i = 0;
			while (cell.find() && i < values.length) {
				String text = cell.group(1).trim().replace(",", "").replace("%", "");
				values[i++] = text.isEmpty() || text.equals("-") ? 0 : Double.parseDouble(text);
			}
			if (i == values.length) {
				rows.putIfAbsent(row.group(1).trim(), values);
			}
		}
		return rows;
	}

	private GatlingReport() {
	}

}
