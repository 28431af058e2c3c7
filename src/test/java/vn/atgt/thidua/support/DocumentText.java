package vn.atgt.thidua.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Reads downloaded PDF and DOCX files back as text (white space folded), for assertions in any module's tests. */
public final class DocumentText {

	private DocumentText() {
	}

	public static String pdf(byte[] pdf) {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static String docx(byte[] docx) {
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
			return extractor.getText().replaceAll("\\s+", " ");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
