package vn.atgt.thidua.shared.spreadsheet;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.atgt.thidua.agency.Agency;
import vn.atgt.thidua.nomination.AwardFormRepository;
import vn.atgt.thidua.nomination.DossierRepository;
import vn.atgt.thidua.nomination.DossierService;
import vn.atgt.thidua.nomination.NomineeSpec;
import vn.atgt.thidua.nomination.SubjectType;
import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.support.IntegrationTest;
import vn.atgt.thidua.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every .xlsx the application serves, filled with text that a spreadsheet would run (a leading = + - @, and a
 * tab, CR or LF before one, which three of the old copies missed): no cell of any export starts with a trigger.
 */
@IntegrationTest
class ExportsNeutraliseFormulasTests {

	static final List<String> HOSTILE = List.of("=HYPERLINK(\"http://x\")", "+84 912", "-1+1", "@SUM(A1)", "\t=1+1",
			"\r=1+1", "\n=1+1");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	DossierService dossiers;

	@Autowired
	DossierRepository dossierRepository;

	@Autowired
	AwardFormRepository awardForms;

	@Test
	void noExportedCellRunsAsAFormula() throws Exception {
		List<Agency> agencies = new ArrayList<>();
		for (String text : HOSTILE) {
			agencies.add(this.testData.agency(text));
		}
		Long planId = this.testData.publishedPlan(2071, agencies);
		Agency first = agencies.get(0);
		CurrentUser agencyUser = this.testData.currentUser(this.testData.agencyUser(first));
		Long dossierId = this.dossiers.openFor(planId, agencyUser);
		Long form = this.awardForms.findAll().stream().filter(f -> f.appliesTo(SubjectType.COLLECTIVE)).findFirst()
			.orElseThrow().getId();
		for (String text : HOSTILE) {
			String name = text + " tập thể " + HOSTILE.indexOf(text);
			long version = this.dossierRepository.findById(dossierId).orElseThrow().getVersion();
			this.dossiers.addNominee(dossierId, version,
					new NomineeSpec(SubjectType.COLLECTIVE, name, null, null, null, null, form, text, false, false),
					agencyUser);
		}
		RequestPostProcessor office = user(this.testData.principal(this.testData.office()));
		RequestPostProcessor agency = user(this.testData.principal(this.testData.agencyUser(first)));
		List<String[]> exports = List.of(new String[] { "/plans/" + planId + "/board.xlsx", "office" },
				new String[] { "/plans/" + planId + "/reports/consolidated.xlsx", "office" },
				new String[] { "/audit/export", "office" },
				new String[] { "/nominations/" + dossierId + "/list.xlsx", "agency" },
				new String[] { "/nominations/" + dossierId + "/nominees/template.xlsx", "agency" },
				new String[] { "/agencies/template.xlsx", "office" },
				new String[] { "/statistics/template.xlsx", "office" });
		for (String[] export : exports) {
			byte[] xlsx = this.mvc.perform(get(export[0]).with(export[1].equals("office") ? office : agency))
				.andExpect(status().isOk())
				.andReturn().getResponse().getContentAsByteArray();
			List<String> texts = texts(xlsx);
			assertThat(texts).as(export[0]).isNotEmpty();
			assertThat(texts).as(export[0]).noneMatch(t -> !t.isEmpty() && "=+-@\t\r\n".indexOf(t.charAt(0)) >= 0);
		}
		assertThat(texts(this.mvc.perform(get("/plans/" + planId + "/board.xlsx").with(office)).andReturn()
			.getResponse().getContentAsByteArray())).anyMatch(t -> t.startsWith("'\t=1+1"));
	}

	private static List<String> texts(byte[] xlsx) throws Exception {
		List<String> texts = new ArrayList<>();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			for (Sheet sheet : workbook.getSheets().toList()) {
				for (Row row : sheet.read()) {
					for (int c = 0; c < row.getCellCount(); c++) {
						if (row.getCell(c) != null && row.getCell(c).getType() == org.dhatim.fastexcel.reader.CellType.STRING) {
							texts.add(row.getCellText(c));
						}
					}
				}
			}
		}
		return texts;
	}

}
