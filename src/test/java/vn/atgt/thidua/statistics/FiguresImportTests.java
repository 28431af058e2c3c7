package vn.atgt.thidua.statistics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import vn.atgt.thidua.account.UserAccount;
import vn.atgt.thidua.support.IntegrationTest;
import vn.atgt.thidua.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class FiguresImportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	JdbcTemplate jdbc;

	private static byte[] workbook(Object[]... rows) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Workbook workbook = new Workbook(out, "test", "1.0");
		Worksheet sheet = workbook.newWorksheet("s");
		sheet.value(0, 0, "header");
		for (int r = 0; r < rows.length; r++) {
			for (int c = 0; c < rows[r].length; c++) {
				Object value = rows[r][c];
				if (value instanceof String text) {
					sheet.value(r + 1, c, text);
				}
				else if (value instanceof Integer number) {
					sheet.value(r + 1, c, number);
				}
			}
		}
		workbook.finish();
		return out.toByteArray();
	}

	private long countFrom(int year) {
		return this.jdbc.queryForObject("select count(*) from accident_figures where period_year between ? and ?",
				Long.class, year, year + 4);
	}

	@Test
	void validFileIsImportedWithDefaultAndExplicitWindows() throws Exception {
		byte[] file = workbook(new Object[] { "NAM", 2060, null, null, null, 44, 40, 15, 46, 43, 19 },
				new Object[] { "9THANG", 2060, null, "1/1/2060", "30/9/2060", 28, 27, 7, 34, 34, 13 },
				new Object[] { "THANG", 2061, 3, null, null, 3, 3, 1, 2, 2, 0 });
		this.mvc.perform(multipart("/statistics/import").file(new MockMultipartFile("file", "so-lieu.xlsx", null, file))
				.with(csrf()).with(user(this.testData.principal(this.testData.office()))))
			.andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/statistics"));
		assertThat(countFrom(2060)).isEqualTo(3);
		assertThat(this.jdbc.queryForObject("select period_start::text || ' ' || period_end::text from accident_figures "
				+ "where period_year = 2061 and period_type = 'MONTH'", String.class)).isEqualTo("2061-02-15 2061-03-14");
		assertThat(this.jdbc.queryForObject("select period_start::text from accident_figures "
				+ "where period_year = 2060 and period_type = 'NINE_MONTHS'", String.class)).isEqualTo("2060-01-01");
	}

	@Test
	void oneBadRowImportsNothingAndEachBadRowIsReported() throws Exception {
		byte[] file = workbook(new Object[] { "NAM", 2065, null, null, null, 44, 40, 15, 46, 43, 19 },
				new Object[] { "6THANG", 2065, null, null, null, -2, 40, 15, 46, 43, 19 },
				new Object[] { "X", 2066, null, null, null, 1, 1, 1, 1, 1, 1 },
				new Object[] { "QUY", 2066, 2, "14/6/2066", "15/3/2066", 1, 1, 1, 1, 1, 1 },
				new Object[] { "NAM", 2065, null, null, null, 1, 1, 1, 1, 1, 1 });
		this.mvc.perform(multipart("/statistics/import").file(new MockMultipartFile("file", "so-lieu.xlsx", null, file))
				.with(csrf()).with(user(this.testData.principal(this.testData.office()))))
			.andExpect(status().isOk())
			// the figures page's own rules and messages, named by column
			.andExpect(content().string(containsString("Dòng 3: Số vụ: Giá trị phải từ 0 trở lên.")))
			.andExpect(content().string(containsString("Dòng 4: Loại kỳ (NAM/6THANG/9THANG/QUY/THANG): Giá trị không hợp lệ.")))
			.andExpect(content().string(containsString("Dòng 5: Đến ngày: Ngày kết thúc không được trước ngày bắt đầu.")))
			.andExpect(content().string(containsString("Dòng 6: Loại kỳ (NAM/6THANG/9THANG/QUY/THANG): kỳ này lặp lại trong tệp")));
		assertThat(countFrom(2065)).isZero();
	}

	@Test
	void renamedNonSpreadsheetIsRefused() throws Exception {
		byte[] exe = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0 };
		this.mvc.perform(multipart("/statistics/import").file(new MockMultipartFile("file", "so-lieu.xlsx", null, exe))
				.with(csrf()).with(user(this.testData.principal(this.testData.office()))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tệp không phải bảng tính Excel (.xlsx)")));
	}

	@Test
	void templateIsOfferedToEditorsOnly() throws Exception {
		UserAccount office = this.testData.office();
		this.mvc.perform(get("/statistics/template.xlsx").with(user(this.testData.principal(office))))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(result -> assertThat(result.getResponse().getContentAsByteArray()).startsWith('P', 'K', 3, 4));
		UserAccount other = this.testData.agencyUser(this.testData.agency("Sở Tài chính"));
		this.mvc.perform(get("/statistics/template.xlsx").with(user(this.testData.principal(other))))
			.andExpect(status().isForbidden());
		this.mvc.perform(multipart("/statistics/import").file(new MockMultipartFile("file", "a.xlsx", null, new byte[] { 1 }))
				.with(csrf()).with(user(this.testData.principal(other))))
			.andExpect(status().isForbidden());
	}

}
