package vn.atgt.thidua.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.springframework.stereotype.Component;

/**
 * Renders an {@link AdminDocument} to DOCX with Apache POI in the same layout as the PDF: A4, margins 20/20/30/15 mm,
 * Times New Roman on every run, the header as a borderless two-column table with fixed widths in twips, page numbers
 * centred in the page header except on the first page (titlePg).
 */
@Component
public class DocxRenderer {

	static final String FONT = "Times New Roman";

	/** 1 mm in twips (1/20 pt). */
	private static final double MM = 56.6929;

	/** A4 text width: 210 mm − 30 mm − 15 mm. */
	static final int TEXT_WIDTH = (int) Math.round(165 * MM);

	/**
	 * The header table reaches 10 mm into the left margin (as the usual Word templates do) so that the national name
	 * and long body names stay on one line with Word's cell padding.
	 */
	static final int HEADER_OUTDENT = (int) Math.round(10 * MM);

	static final int HEADER_WIDTH = TEXT_WIDTH + HEADER_OUTDENT;

	static final int HEADER_LEFT = (int) Math.round(HEADER_WIDTH * 0.44);

	public byte[] render(AdminDocument document) {
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			setUpPage(doc);
			header(doc, document);
			title(doc, document);
			addressees(doc, document);
			for (Block block : document.leadingBody()) {
				block(doc, block);
			}
			if (document.closing() != null) {
				// the closing paragraph stays on the page of the signature block (issue 13.6)
				XWPFParagraph closing = bodyParagraph(doc);
				closing.setKeepNext(true);
				legalRuns(closing, document.closing().line(), 14, false, false);
			}
			footer(doc, document);
			annex(doc, document.annex());
			doc.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void setUpPage(XWPFDocument doc) {
		CTFonts fonts = CTFonts.Factory.newInstance();
		fonts.setAscii(FONT);
		fonts.setHAnsi(FONT);
		fonts.setCs(FONT);
		fonts.setEastAsia(FONT);
		doc.createStyles().setDefaultFonts(fonts);
		CTSectPr section = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
				: doc.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.addNewPgSz();
		size.setW(BigInteger.valueOf(11906));
		size.setH(BigInteger.valueOf(16838));
		size.setOrient(STPageOrientation.PORTRAIT);
		CTPageMar margins = section.addNewPgMar();
		margins.setTop(twips(20));
		margins.setBottom(twips(20));
		margins.setLeft(twips(30));
		margins.setRight(twips(15));
		margins.setHeader(twips(10));
		margins.setFooter(twips(10));
		margins.setGutter(BigInteger.ZERO);
		// page numbers: centred at the top, from page 2 (the first page gets its own, empty header)
		XWPFHeader pageNumbers = doc.createHeader(HeaderFooterType.DEFAULT);
		XWPFParagraph number = pageNumbers.createParagraph();
		number.setAlignment(ParagraphAlignment.CENTER);
		CTSimpleField field = number.getCTP().addNewFldSimple();
		field.setInstr("PAGE");
		XWPFRun placeholder = new XWPFRun(field.addNewR(), number);
		style(placeholder, 13, false, false);
		placeholder.setText("2");
		XWPFHeader first = doc.createHeader(HeaderFooterType.FIRST);
		first.createParagraph();
		if (!section.isSetTitlePg()) {
			section.addNewTitlePg();
		}
	}

	private void header(XWPFDocument doc, AdminDocument document) {
		XWPFTable table = borderless(doc, HEADER_LEFT, HEADER_WIDTH - HEADER_LEFT);
		CTTblWidth indent = table.getCTTbl().getTblPr().addNewTblInd();
		indent.setType(STTblWidth.DXA);
		indent.setW(BigInteger.valueOf(-HEADER_OUTDENT));
		XWPFTableCell left = table.getRow(0).getCell(0);
		XWPFTableCell right = table.getRow(0).getCell(1);
		centred(left.getParagraphs().get(0), document.parentBody(), 12, false, false);
		centred(left.addParagraph(), document.issuingBody(), 12, true, false);
		rule(left.addParagraph(), HEADER_LEFT, 0.32);
		XWPFParagraph number = left.addParagraph();
		centred(number, document.numberLine(), 13, false, false);
		number.setSpacingBefore(80);
		if (document.isLetter()) {
			XWPFParagraph subject = left.addParagraph();
			centred(subject, document.letterSubjectLine(), 12, false, false);
			subject.setSpacingBefore(40);
		}
		centred(right.getParagraphs().get(0), DocumentTexts.get("document.nationalName"), 12, true, false);
		XWPFParagraph motto = right.addParagraph();
		XWPFRun mottoRun = centred(motto, DocumentTexts.get("document.motto"), 13, true, false);
		mottoRun.setUnderline(UnderlinePatterns.SINGLE);
		XWPFParagraph placeDate = right.addParagraph();
		centred(placeDate, document.placeDateLine(), 14, false, true);
		placeDate.setSpacingBefore(140);
	}

	private void title(XWPFDocument doc, AdminDocument document) {
		if (document.isLetter()) {
			spacer(doc, 200);
			return;
		}
		XWPFParagraph type = doc.createParagraph();
		centred(type, document.docType(), 14, true, false);
		type.setSpacingBefore(440);
		for (String line : document.titleLines()) {
			centred(doc.createParagraph(), line, 14, true, false);
		}
		XWPFParagraph rule = doc.createParagraph();
		rule(rule, TEXT_WIDTH, 0.22);
		rule.setSpacingAfter(240);
	}

	/** The attached list from a new page: bold centred title, italic reference, a short rule, then its blocks. */
	private void annex(XWPFDocument doc, AdminDocument.Annex annex) {
		if (annex == null) {
			return;
		}
		XWPFParagraph first = null;
		for (String line : annex.titleLines()) {
			XWPFParagraph p = doc.createParagraph();
			centred(p, line, 14, true, false);
			if (first == null) {
				first = p;
				p.setPageBreak(true);
			}
		}
		XWPFParagraph reference = doc.createParagraph();
		centred(reference, annex.reference(), 14, false, true);
		if (first == null) {
			reference.setPageBreak(true);
		}
		XWPFParagraph rule = doc.createParagraph();
		rule(rule, TEXT_WIDTH, 0.22);
		rule.setSpacingAfter(240);
		for (Block block : annex.body()) {
			block(doc, block);
		}
	}

	private void addressees(XWPFDocument doc, AdminDocument document) {
		List<String> lines = document.addressees();
		if (lines.isEmpty()) {
			return;
		}
		String to = DocumentTexts.get("document.to");
		if (lines.size() == 1) {
			XWPFParagraph p = doc.createParagraph();
			centred(p, to + " " + lines.get(0), 14, false, false);
			p.setSpacingAfter(200);
			return;
		}
		XWPFParagraph head = doc.createParagraph();
		head.setIndentationLeft((int) (TEXT_WIDTH * 0.3));
		run(head, to, 14, false, false);
		for (String line : lines) {
			XWPFParagraph p = doc.createParagraph();
			p.setIndentationLeft((int) (TEXT_WIDTH * 0.3));
			p.setSpacingAfter(0);
			run(p, "- " + line, 14, false, false);
		}
		spacer(doc, 120);
	}

	private void block(XWPFDocument doc, Block block) {
		if (block instanceof Block.Heading heading) {
			XWPFParagraph p = bodyParagraph(doc);
			p.setKeepNext(true);
			if (heading.centred()) {
				p.setAlignment(ParagraphAlignment.CENTER);
				p.setIndentationFirstLine(0);
				p.setSpacingBefore(120);
			}
			legalRuns(p, heading.line(), 14, heading.level() <= 2, heading.level() == 3);
		}
		else if (block instanceof Block.Paragraph paragraph) {
			legalRuns(bodyParagraph(doc), paragraph.line(), 14, false, false);
		}
		else if (block instanceof Block.Bullet bullet) {
			legalRuns(bodyParagraph(doc), bullet.line(), 14, false, false);
		}
		else if (block instanceof Block.Table table) {
			dataTable(doc, table);
		}
	}

	private XWPFParagraph bodyParagraph(XWPFDocument doc) {
		XWPFParagraph p = doc.createParagraph();
		p.setAlignment(ParagraphAlignment.BOTH);
		p.setIndentationFirstLine(twips(10).intValue());
		p.setSpacingAfter(120);
		p.setSpacingBetween(1.15, LineSpacingRule.AUTO);
		return p;
	}

	private void dataTable(XWPFDocument doc, Block.Table table) {
		int total = table.columns().stream().mapToInt(Block.Column::weight).sum();
		int[] widths = table.columns().stream().mapToInt(c -> (int) ((long) TEXT_WIDTH * c.weight() / total)).toArray();
		XWPFTable t = doc.createTable(table.rows().size() + 1, widths.length);
		fixedWidths(t, widths);
		XWPFTableRow head = t.getRow(0);
		head.setRepeatHeader(true);
		for (int c = 0; c < widths.length; c++) {
			centred(head.getCell(c).getParagraphs().get(0), table.columns().get(c).header(), 12, true, false);
		}
		for (int r = 0; r < table.rows().size(); r++) {
			XWPFTableRow row = t.getRow(r + 1);
			row.setCantSplitRow(true);
			for (int c = 0; c < widths.length; c++) {
				XWPFParagraph p = row.getCell(c).getParagraphs().get(0);
				p.setSpacingAfter(0);
				p.setAlignment(table.columns().get(c).centred() ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
				legalRuns(p, table.rows().get(r).get(c), 12, false, false);
			}
		}
		spacer(doc, 120);
	}

	private void footer(XWPFDocument doc, AdminDocument document) {
		XWPFParagraph gap = spacer(doc, 120);
		gap.setKeepNext(true);
		int half = TEXT_WIDTH / 2;
		XWPFTable table = borderless(doc, half, TEXT_WIDTH - half);
		table.getRow(0).setCantSplitRow(true);
		XWPFTableCell left = table.getRow(0).getCell(0);
		XWPFTableCell right = table.getRow(0).getCell(1);
		XWPFParagraph title = left.getParagraphs().get(0);
		title.setSpacingAfter(0);
		run(title, DocumentTexts.get("document.recipients"), 12, true, true);
		for (String line : document.recipients()) {
			XWPFParagraph p = left.addParagraph();
			p.setSpacingAfter(0);
			run(p, "- " + line, 11, false, false);
		}
		Signature signature = document.signature();
		XWPFParagraph first = right.getParagraphs().get(0);
		if (!signature.authorityLine().isEmpty()) {
			centred(first, signature.authorityLine(), 14, true, false);
			first = right.addParagraph();
		}
		centred(first, signature.signerTitle(), 14, true, false);
		XWPFParagraph space = right.addParagraph();
		space.setSpacingBefore(1400);
		centred(right.addParagraph(), signature.name(), 14, true, false);
	}

	private XWPFTable borderless(XWPFDocument doc, int... widths) {
		XWPFTable table = doc.createTable(1, widths.length);
		table.removeBorders();
		table.setCellMargins(0, 0, 0, 0);
		fixedWidths(table, widths);
		return table;
	}

	private void fixedWidths(XWPFTable table, int[] widths) {
		CTTblPr pr = table.getCTTbl().getTblPr() == null ? table.getCTTbl().addNewTblPr() : table.getCTTbl().getTblPr();
		CTTblLayoutType layout = pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout();
		layout.setType(STTblLayoutType.FIXED);
		table.setWidthType(TableWidthType.DXA);
		table.setWidth(String.valueOf(java.util.Arrays.stream(widths).sum()));
		CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid()
				: table.getCTTbl().getTblGrid();
		while (grid.sizeOfGridColArray() > 0) {
			grid.removeGridCol(0);
		}
		for (int width : widths) {
			grid.addNewGridCol().setW(BigInteger.valueOf(width));
		}
		for (XWPFTableRow row : table.getRows()) {
			for (int c = 0; c < widths.length; c++) {
				XWPFTableCell cell = row.getCell(c);
				cell.setWidthType(TableWidthType.DXA);
				cell.setWidth(String.valueOf(widths[c]));
			}
		}
	}

	/** An empty paragraph drawn as a short centred line: its top border, shortened by equal indents. */
	private void rule(XWPFParagraph p, int available, double share) {
		int indent = (int) (available * (1 - share) / 2);
		p.setIndentationLeft(indent);
		p.setIndentationRight(indent);
		p.setBorderTop(Borders.SINGLE);
		// the border is drawn at the top of this empty paragraph's line: a 3 pt gap under the text above, and a line
		// tall enough (8 pt) that Word and LibreOffice do not pull the border up into the descenders
		p.setSpacingBefore(60);
		p.setSpacingAfter(0);
		p.setSpacingBetween(8, LineSpacingRule.EXACT);
	}

	private XWPFParagraph spacer(XWPFDocument doc, int after) {
		XWPFParagraph p = doc.createParagraph();
		p.setSpacingAfter(after);
		p.setSpacingBetween(6, LineSpacingRule.EXACT);
		return p;
	}

	/**
	 * Body text in runs; inside a legal reference ("48/NQ-CP") every hyphen is Word's non-breaking hyphen, so the
	 * number and the symbol never part at a line end (issue 13.6).
	 */
	private void legalRuns(XWPFParagraph p, String text, double size, boolean bold, boolean italic) {
		for (LegalReferences.Segment segment : LegalReferences.segments(text)) {
			if (!segment.keep()) {
				run(p, segment.text(), size, bold, italic);
				continue;
			}
			String[] parts = segment.text().split("-", -1);
			for (int i = 0; i < parts.length; i++) {
				if (i > 0) {
					XWPFRun hyphen = p.createRun();
					style(hyphen, size, bold, italic);
					hyphen.getCTR().addNewNoBreakHyphen();
				}
				if (!parts[i].isEmpty()) {
					run(p, parts[i], size, bold, italic);
				}
			}
		}
	}

	private XWPFRun centred(XWPFParagraph p, String text, double size, boolean bold, boolean italic) {
		p.setAlignment(ParagraphAlignment.CENTER);
		p.setSpacingAfter(0);
		return run(p, text, size, bold, italic);
	}

	private XWPFRun run(XWPFParagraph p, String text, double size, boolean bold, boolean italic) {
		XWPFRun run = p.createRun();
		style(run, size, bold, italic);
		run.setText(text);
		return run;
	}

	private void style(XWPFRun run, double size, boolean bold, boolean italic) {
		run.setFontFamily(FONT);
		run.setFontSize(size);
		run.setBold(bold);
		run.setItalic(italic);
		run.setColor("000000");
	}

	private static BigInteger twips(double mm) {
		return BigInteger.valueOf(Math.round(mm * MM));
	}

}
