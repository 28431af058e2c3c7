package vn.atgt.thidua.agency;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.atgt.thidua.support.IntegrationTest;
import vn.atgt.thidua.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class AgencyRegistryTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	AgencyRepository agencies;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Test
	void searchWithoutDiacriticsFindsTheAgency() throws Exception {
		Agency agency = this.testData.agency("Sở Xây dựng");
		String suffix = agency.getName().substring(agency.getName().lastIndexOf(' ') + 1);
		RequestPostProcessor office = user(this.testData.principal(this.testData.office()));
		this.mvc.perform(get("/agencies").param("q", "so xay dung " + suffix).with(office))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(agency.getName())));
		this.mvc.perform(get("/agencies").param("q", "so y te " + suffix).with(office))
			.andExpect(content().string(not(containsString(agency.getName()))));
	}

	@Test
	void officeCreatesAnAgencyAndAgencyUsersMayNot() throws Exception {
		RequestPostProcessor office = user(this.testData.principal(this.testData.office()));
		String name = "Sở Khoa học và Công nghệ " + System.nanoTime();
		this.mvc.perform(post("/agencies/new").param("name", name).param("kind", "PROVINCIAL_DEPARTMENT")
				.param("validFrom", "2025-03-01").param("validTo", "2024-01-01").with(office).with(csrf()))
			.andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("agencyForm", "validTo"));
		this.mvc.perform(post("/agencies/new").param("name", name).param("kind", "PROVINCIAL_DEPARTMENT")
				.param("validFrom", "2025-03-01").param("active", "true").with(office).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.agencies.findByNameIgnoreCase(name)).isPresent();
		Agency own = this.testData.agency("Sở Y tế");
		this.mvc.perform(get("/agencies").with(user(this.testData.principal(this.testData.agencyUser(own)))))
			.andExpect(status().isForbidden());
	}

	@Test
	void importWithABadRowImportsNothingAndNamesTheRow() throws Exception {
		RequestPostProcessor office = user(this.testData.principal(this.testData.office()));
		String good = "UBND xã Tân Thành " + System.nanoTime();
		byte[] xlsx = workbook(new String[][] { { good, "TT", "COMMUNE_COMMITTEE", "tanthanh@langson.gov.vn", "1/7/2025", "" },
				{ "UBND xã Hữu Kiên " + System.nanoTime(), "", "KHONG_CO", "sai-email", "", "" } });
		this.mvc.perform(multipart("/agencies/import").file(new MockMultipartFile("file", "co-quan.xlsx", null, xlsx))
				.with(office).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Dòng 3")))
			.andExpect(content().string(containsString("KHONG_CO")));
		assertThat(this.agencies.findByNameIgnoreCase(good)).isEmpty();
		byte[] ok = workbook(new String[][] { { good, "TT", "COMMUNE_COMMITTEE", "tanthanh@langson.gov.vn", "1/7/2025", "" } });
		this.mvc.perform(multipart("/agencies/import").file(new MockMultipartFile("file", "co-quan.xlsx", null, ok))
				.with(office).with(csrf()))
			.andExpect(status().is3xxRedirection());
		Agency imported = this.agencies.findByNameIgnoreCase(good).orElseThrow();
		assertThat(this.jdbc.queryForList("select action from audit_event where record_type = 'Agency' and record_id = ?",
				String.class, imported.getId())).containsExactly("agency.create");
		this.mvc.perform(get("/agencies/template.xlsx").with(office)).andExpect(status().isOk());
	}

	static byte[] workbook(String[][] rows) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Workbook workbook = new Workbook(out, "test", "1.0");
		Worksheet sheet = workbook.newWorksheet("Co quan");
		sheet.value(0, 0, "Tên cơ quan");
		for (int r = 0; r < rows.length; r++) {
			for (int c = 0; c < rows[r].length; c++) {
				if (!rows[r][c].isEmpty()) {
					sheet.value(r + 1, c, rows[r][c]);
				}
			}
		}
		workbook.finish();
		return out.toByteArray();
	}

}
