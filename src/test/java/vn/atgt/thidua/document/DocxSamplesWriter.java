package vn.atgt.thidua.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Writes each sample document as DOCX under target/documents, so they can be opened in Word or LibreOffice. */
class DocxSamplesWriter {

	@Test
	void writesTheSampleDocuments() throws IOException {
		DocxRenderer docx = new DocxRenderer();
		OfficialDocuments builders = new OfficialDocuments();
		Path dir = Files.createDirectories(Path.of("target", "documents"));
		Files.write(dir.resolve("plan-2024.docx"),
				docx.render(new PlanDocuments().plan(PlanDocumentRenderingTests.published2024())));
		Files.write(dir.resolve("reminder-letter.docx"),
				docx.render(builders.reminderLetter(OfficialDocumentsRenderingTests.reminder())));
		Files.write(dir.resolve("award-submission.docx"),
				docx.render(builders.awardSubmission(OfficialDocumentsRenderingTests.submission())));
		assertThat(dir.resolve("plan-2024.docx")).isNotEmptyFile();
	}

}
