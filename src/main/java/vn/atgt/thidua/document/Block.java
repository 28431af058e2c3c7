package vn.atgt.thidua.document;

import java.util.List;

/** One piece of a document's body, in reading order. Text is NFC-normalised on construction. */
public sealed interface Block permits Block.Heading, Block.Paragraph, Block.Bullet, Block.Table {

	/** "heading", "paragraph", "bullet" or "table": what a template switches on. */
	String kind();

	/**
	 * A numbered heading: level 1 "I. UPPER CASE", level 2 "1. Text", level 3 "a) Text". {@code label} is the
	 * number with its punctuation ("I.", "1.", "đ)"), or empty for an unnumbered heading.
	 */
	record Heading(int level, String label, String text) implements Block {

		public Heading {
			if (level < 1 || level > 3) {
				throw new IllegalArgumentException("heading level " + level);
			}
			label = DocText.nfc(label);
			text = DocText.nfc(text);
		}

		/** The whole line as printed: label, a space, text. */
		public String line() {
			return this.label.isEmpty() ? this.text : this.label + " " + this.text;
		}

		/**
		 * An unnumbered heading is a centred line, as a decision prints its issuer ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …")
		 * and "QUYẾT ĐỊNH:" (Decree 30, Appendix I); numbered headings start at the indent.
		 */
		public boolean centred() {
			return this.label.isEmpty();
		}

		@Override
		public String kind() {
			return "heading";
		}

	}

	/** A justified body paragraph with a first-line indent; {@code label} ("1.", "a)") starts it, or is empty. */
	record Paragraph(String label, String text) implements Block {

		public Paragraph {
			label = DocText.nfc(label);
			text = DocText.nfc(text);
		}

		public String line() {
			return this.label.isEmpty() ? this.text : this.label + " " + this.text;
		}

		@Override
		public String kind() {
			return "paragraph";
		}

	}

	/** A "- " item. */
	record Bullet(String text) implements Block {

		public Bullet {
			text = DocText.nfc(text);
		}

		public String line() {
			return "- " + this.text;
		}

		@Override
		public String kind() {
			return "bullet";
		}

	}

	/** A bordered table (nominees, late agencies, figures): header row, then rows of the same width. */
	record Table(List<Column> columns, List<List<String>> rows) implements Block {

		public Table {
			columns = List.copyOf(columns);
			int width = columns.size();
			rows = rows.stream().map(row -> {
				if (row.size() != width) {
					throw new IllegalArgumentException("row has " + row.size() + " cells, table has " + width + " columns");
				}
				return row.stream().map(DocText::nfc).toList();
			}).toList();
		}

		@Override
		public String kind() {
			return "table";
		}

		/** Each column's share of the table width in per cent. */
		public List<Integer> percentages() {
			int total = this.columns.stream().mapToInt(Column::weight).sum();
			return this.columns.stream().map(c -> Math.round(c.weight() * 100f / total)).toList();
		}

	}

	/** A table column: header text, relative width, and whether its cells are centred (numbers, dates). */
	record Column(String header, int weight, boolean centred) {

		public Column {
			header = DocText.nfc(header);
			if (weight <= 0) {
				throw new IllegalArgumentException("column weight must be positive");
			}
		}

	}

}
