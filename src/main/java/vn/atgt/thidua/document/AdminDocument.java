package vn.atgt.thidua.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.atgt.thidua.shared.time.VnDates;

/**
 * An administrative document in the format of Decree 30/2020 (Appendix I), independent of its output format: the
 * two-column header, number, place and date, type and summary (or "V/v" summary for a letter), addressees, body,
 * recipients and signature. Every text is NFC-normalised on construction. Build one with {@link #builder()}.
 *
 * @param parentBody    tên cơ quan chủ quản, e.g. "UBND TỈNH LẠNG SƠN"
 * @param issuingBody   tên cơ quan ban hành, e.g. "BAN AN TOÀN GIAO THÔNG"
 * @param numberSymbol  "12/KH-BATGT" (printed after "Số: "); "/KH-BATGT" while the number is not given yet
 * @param place         "Lạng Sơn"
 * @param date          the issue date, or null while not signed ("ngày … tháng … năm …")
 * @param docType       "KẾ HOẠCH", "BÁO CÁO", "TỜ TRÌNH"; empty for a letter (công văn)
 * @param titleLines    the summary (trích yếu) under the type, bold; one or more lines
 * @param letterSubject a letter's summary without "V/v", printed under the number; empty for typed documents
 * @param addressees    "Kính gửi:" lines (letters, submissions); empty for none
 * @param body          the body in reading order
 * @param recipients    "Nơi nhận" lines without the leading "- "; the last one is always "Lưu: VT…"
 * @param signature     the signature block
 * @param annex         the attached list (phụ lục, "danh sách kèm theo") printed from a new page after the
 *                      signature, or null
 */
public record AdminDocument(String parentBody, String issuingBody, String numberSymbol, String place, LocalDate date,
		String docType, List<String> titleLines, String letterSubject, List<String> addressees, List<Block> body,
		List<String> recipients, Signature signature, Annex annex) {

	/**
	 * What a document attaches after its signature, from a new page: its bold centred title lines ("DANH SÁCH …"),
	 * the italic line saying what it is attached to ("(Kèm theo Quyết định số … )"), and its body (usually a table).
	 */
	public record Annex(List<String> titleLines, String reference, List<Block> body) {

		public Annex {
			titleLines = DocText.nfc(titleLines);
			reference = DocText.nfc(reference);
			body = List.copyOf(body);
		}

	}

	public AdminDocument {
		parentBody = DocText.nfc(parentBody);
		issuingBody = DocText.nfc(issuingBody);
		numberSymbol = DocText.nfc(numberSymbol);
		place = DocText.nfc(place);
		docType = DocText.nfc(docType);
		titleLines = DocText.nfc(titleLines);
		letterSubject = DocText.nfc(letterSubject);
		addressees = DocText.nfc(addressees);
		body = List.copyOf(body);
		recipients = withArchiveLine(DocText.nfc(recipients).stream().map(AdminDocument::withoutDash).toList());
		signature = signature == null ? Signature.head("", "") : signature;
	}

	public static Builder builder() {
		return new Builder();
	}

	/** "Số: 12/KH-BATGT". */
	public String numberLine() {
		return DocumentTexts.get("document.number", this.numberSymbol);
	}

	/** "Lạng Sơn, ngày 05 tháng 02 năm 2024" (day &lt; 10 and months 1–2 zero-padded). */
	public String placeDateLine() {
		return this.place.isEmpty() ? VnDates.longDate(this.date) : this.place + ", " + VnDates.longDate(this.date);
	}

	/** "V/v đôn đốc …", or empty. */
	public String letterSubjectLine() {
		return this.letterSubject.isEmpty() ? "" : DocumentTexts.get("document.letterSubject", this.letterSubject);
	}

	/** The body without its closing paragraph, which the renderers keep on one page with the signature. */
	public List<Block> leadingBody() {
		return closing() == null ? this.body : this.body.subList(0, this.body.size() - 1);
	}

	/** The closing paragraph ("Trên đây là …/."): the last block when it is a paragraph, else null. */
	public Block.Paragraph closing() {
		return !this.body.isEmpty() && this.body.get(this.body.size() - 1) instanceof Block.Paragraph last ? last : null;
	}

	public boolean isLetter() {
		return this.docType.isEmpty();
	}

	private static String withoutDash(String line) {
		return line.startsWith("-") ? line.substring(1).strip() : line;
	}

	private static List<String> withArchiveLine(List<String> lines) {
		if (!lines.isEmpty() && lines.get(lines.size() - 1).startsWith(DocumentTexts.get("document.archivePrefix"))) {
			return lines;
		}
		List<String> all = new ArrayList<>(lines);
		all.add(DocumentTexts.get("document.archive"));
		return List.copyOf(all);
	}

	/**
	 * Assembles a document; the body methods number headings by themselves: {@link #section} I., II.;
	 * {@link #item}/{@link #numbered} 1., 2. (restart under each section); {@link #point} a), b) … đ) (restart
	 * under each item).
	 */
	public static final class Builder {

		private String parentBody = "";

		private String issuingBody = "";

		private String numberSymbol = "";

		private String place = "";

		private LocalDate date;

		private String docType = "";

		private final List<String> titleLines = new ArrayList<>();

		private String letterSubject = "";

		private final List<String> addressees = new ArrayList<>();

		private final List<Block> body = new ArrayList<>();

		private final List<String> recipients = new ArrayList<>();

		private Signature signature;

		private Annex annex;

		private int sections;

		private int items;

		private int points;

		private Builder() {
		}

		public Builder letterhead(String parentBody, String issuingBody) {
			this.parentBody = parentBody;
			this.issuingBody = issuingBody;
			return this;
		}

		/** The number and symbol, e.g. "12/KH-BATGT". */
		public Builder number(String numberSymbol) {
			this.numberSymbol = numberSymbol;
			return this;
		}

		/** Number and symbol from parts: {@code 12, "KH", "BATGT"} → "12/KH-BATGT"; a null number leaves it blank. */
		public Builder number(Integer number, String typeSymbol, String bodySymbol) {
			String prefix = number == null ? "" : number.toString();
			bodySymbol = bodySymbol == null ? "" : bodySymbol.strip();
			if (bodySymbol.isEmpty()) {
				this.numberSymbol = typeSymbol == null || typeSymbol.isBlank() ? prefix + "/" : prefix + "/" + typeSymbol;
				return this;
			}
			this.numberSymbol = typeSymbol == null || typeSymbol.isBlank() ? prefix + "/" + bodySymbol
					: prefix + "/" + typeSymbol + "-" + bodySymbol;
			return this;
		}

		public Builder placeAndDate(String place, LocalDate date) {
			this.place = place;
			this.date = date;
			return this;
		}

		/** A typed document: "KẾ HOẠCH" and its summary line(s). */
		public Builder type(String docType, String... titleLines) {
			this.docType = docType;
			this.titleLines.addAll(List.of(titleLines));
			return this;
		}

		/** A letter (công văn): no type name, the summary goes under the number after "V/v". */
		public Builder letter(String subject) {
			this.docType = "";
			this.letterSubject = subject;
			return this;
		}

		public Builder addressees(List<String> lines) {
			this.addressees.addAll(lines);
			return this;
		}

		/** Level 1 heading, numbered I., II.; its text is printed in upper case. */
		public Builder section(String text) {
			this.sections++;
			this.items = 0;
			this.points = 0;
			this.body.add(new Block.Heading(1, VnNumbering.roman(this.sections) + ".",
					DocText.nfc(text).toUpperCase(java.util.Locale.forLanguageTag("vi"))));
			return this;
		}

		/** An unnumbered bold line ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …", "QUYẾT ĐỊNH:"), printed as written. */
		public Builder heading(String text) {
			this.body.add(new Block.Heading(2, "", text));
			return this;
		}

		/** Level 2 heading, numbered 1., 2. within the current section. */
		public Builder item(String text) {
			this.items++;
			this.points = 0;
			this.body.add(new Block.Heading(2, this.items + ".", text));
			return this;
		}

		/** Level 3 heading, lettered a), b) … đ) within the current item. */
		public Builder point(String text) {
			this.points++;
			this.body.add(new Block.Heading(3, VnNumbering.letter(this.points) + ")", text));
			return this;
		}

		/** A body paragraph numbered like an item (1., 2.), for numbered tasks that are prose, not headings. */
		public Builder numbered(String text) {
			this.items++;
			this.points = 0;
			this.body.add(new Block.Paragraph(this.items + ".", text));
			return this;
		}

		/** A body paragraph lettered like a point (a), b)). */
		public Builder lettered(String text) {
			this.points++;
			this.body.add(new Block.Paragraph(VnNumbering.letter(this.points) + ")", text));
			return this;
		}

		public Builder paragraph(String text) {
			if (text != null && !text.isBlank()) {
				this.body.add(new Block.Paragraph("", text));
			}
			return this;
		}

		public Builder bullet(String text) {
			this.body.add(new Block.Bullet(text));
			return this;
		}

		public Builder bullets(List<String> lines) {
			DocText.nfc(lines).forEach(this::bullet);
			return this;
		}

		public Builder table(List<Block.Column> columns, List<List<String>> rows) {
			this.body.add(new Block.Table(columns, rows));
			return this;
		}

		public Builder recipients(List<String> lines) {
			this.recipients.addAll(lines);
			return this;
		}

		public Builder signature(Signature signature) {
			this.signature = signature;
			return this;
		}

		/** The attached list, printed from a new page after the signature. */
		public Builder annex(Annex annex) {
			this.annex = annex;
			return this;
		}

		public AdminDocument build() {
			return new AdminDocument(this.parentBody, this.issuingBody, this.numberSymbol, this.place, this.date,
					this.docType, this.titleLines, this.letterSubject, this.addressees, this.body, this.recipients,
					this.signature, this.annex);
		}

	}

}
