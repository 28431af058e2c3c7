package vn.atgt.thidua.document;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/** Reads generated documents back for assertions: PDF text and page count, DOCX text, page 1 as PNG. */
final class RenderedDocuments {

	private RenderedDocuments() {
	}

	/** The text of a PDF with every run of white space (line ends from wrapping) folded into one space. */
	static String pdfText(byte[] pdf) {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static int pdfPages(byte[] pdf) {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			return doc.getNumberOfPages();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Page {@code index} (0-based) as PNG at 100 dpi into {@code docs/images/name}. */
	static Path pagePng(byte[] pdf, int index, String name) {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(index, 100);
			Path dir = Path.of("docs", "images");
			Files.createDirectories(dir);
			Path file = dir.resolve(name);
			ImageIO.write(image, "png", file.toFile());
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static XWPFDocument docx(byte[] docx) {
		try {
			return new XWPFDocument(new ByteArrayInputStream(docx));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** All text of a DOCX: body paragraphs and table cells, in order. */
	static String docxText(XWPFDocument doc) {
		return doc.getBodyElements().stream().map(element -> {
			if (element instanceof XWPFParagraph p) {
				return p.getText();
			}
			if (element instanceof XWPFTable t) {
				return t.getText();
			}
			return "";
		}).collect(Collectors.joining("\n"));
	}

}
