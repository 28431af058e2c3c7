package vn.atgt.thidua.document;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;

/** The entry point other modules use: render an {@link AdminDocument} as PDF or DOCX, or as a download response. */
@Service
public class Documents {

	private final PdfRenderer pdf;

	private final DocxRenderer docx;

	public Documents(PdfRenderer pdf, DocxRenderer docx) {
		this.pdf = pdf;
		this.docx = docx;
	}

	public byte[] render(AdminDocument document, DocumentFormat format) {
		return format == DocumentFormat.PDF ? this.pdf.render(document) : this.docx.render(document);
	}

	/**
	 * The rendered document as an attachment; {@code baseName} without extension ("ke-hoach-12-KH-BATGT-2024"),
	 * folded to ASCII for the plain file name and kept as UTF-8 in {@code filename*}.
	 */
	public ResponseEntity<byte[]> download(AdminDocument document, DocumentFormat format, String baseName) {
		byte[] body = render(document, format);
		String fileName = baseName + "." + format.extension();
		ContentDisposition disposition = ContentDisposition.attachment()
			.filename(fileName, StandardCharsets.UTF_8)
			.build();
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.header("X-Content-Type-Options", "nosniff")
			.contentType(format.mediaType())
			.contentLength(body.length)
			.body(body);
	}

	/** "Kế hoạch 12/KH-BATGT" → "ke-hoach-12-kh-batgt": safe in any file system and header. */
	public static String safeFileName(String name) {
		String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
			.replace('đ', 'd').replace('Đ', 'D');
		String safe = folded.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("-{2,}", "-").replaceAll("^-|-$", "");
		return safe.isEmpty() ? "van-ban" : safe.toLowerCase(Locale.ROOT);
	}

}
