package vn.atgt.thidua.demo;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import vn.atgt.thidua.agency.Agency;
import vn.atgt.thidua.agency.AgencyKind;
import vn.atgt.thidua.agency.AgencyRepository;

/**
 * Member agencies of Lạng Sơn's committee: departments under their 2024 names with their post-2025 successors
 * (Decrees 45/2025 and 150/2025), the police, the eleven district committees (until 30/6/2025) and some communes.
 */
final class DemoAgencies {

	static final LocalDate REFORM = LocalDate.of(2025, 3, 1);

	static final LocalDate DISTRICTS_END = LocalDate.of(2025, 6, 30);

	private final AgencyRepository agencies;

	private final Map<String, Agency> byKey = new LinkedHashMap<>();

	DemoAgencies(AgencyRepository agencies) {
		this.agencies = agencies;
	}

	Map<String, Agency> create() {
		add("xd", "Sở Xây dựng", "SXD", AgencyKind.PROVINCIAL_DEPARTMENT, null, null, "soxaydung@langson.gov.vn");
		add("gtvt", "Sở Giao thông vận tải", "SGTVT", AgencyKind.PROVINCIAL_DEPARTMENT, null, REFORM.minusDays(1),
				"sogtvt@langson.gov.vn");
		add("khcn", "Sở Khoa học và Công nghệ", "SKHCN", AgencyKind.PROVINCIAL_DEPARTMENT, null, null,
				"sokhcn@langson.gov.vn");
		add("tttt", "Sở Thông tin và Truyền thông", "STTTT", AgencyKind.PROVINCIAL_DEPARTMENT, null,
				REFORM.minusDays(1), "sotttt@langson.gov.vn");
		add("tc", "Sở Tài chính", "STC", AgencyKind.PROVINCIAL_DEPARTMENT, null, null, "sotaichinh@langson.gov.vn");
		add("khdt", "Sở Kế hoạch và Đầu tư", "SKHĐT", AgencyKind.PROVINCIAL_DEPARTMENT, null, REFORM.minusDays(1),
				"sokhdt@langson.gov.vn");
		add("nv", "Sở Nội vụ", "SNV", AgencyKind.PROVINCIAL_DEPARTMENT, null, null, "sonoivu@langson.gov.vn");
		add("ldtbxh", "Sở Lao động - Thương binh và Xã hội", "SLĐTBXH", AgencyKind.PROVINCIAL_DEPARTMENT, null,
				REFORM.minusDays(1), "soldtbxh@langson.gov.vn");
		add("nnmt", "Sở Nông nghiệp và Môi trường", "SNNMT", AgencyKind.PROVINCIAL_DEPARTMENT, REFORM, null,
				"sonnmt@langson.gov.vn");
		add("nnptnt", "Sở Nông nghiệp và Phát triển nông thôn", "SNNPTNT", AgencyKind.PROVINCIAL_DEPARTMENT, null,
				REFORM.minusDays(1), null);
		add("tnmt", "Sở Tài nguyên và Môi trường", "STNMT", AgencyKind.PROVINCIAL_DEPARTMENT, null,
				REFORM.minusDays(1), null);
		add("yt", "Sở Y tế", "SYT", AgencyKind.PROVINCIAL_DEPARTMENT, null, null, "soyte@langson.gov.vn");
		add("gddt", "Sở Giáo dục và Đào tạo", "SGDĐT", AgencyKind.PROVINCIAL_DEPARTMENT, null, null,
				"sogddt@langson.gov.vn");
		add("vhttdl", "Sở Văn hóa, Thể thao và Du lịch", "SVHTTDL", AgencyKind.PROVINCIAL_DEPARTMENT, null, null,
				"sovhttdl@langson.gov.vn");
		add("tp", "Sở Tư pháp", "STP", AgencyKind.PROVINCIAL_DEPARTMENT, null, null, "sotuphap@langson.gov.vn");
		add("ct", "Sở Công Thương", "SCT", AgencyKind.PROVINCIAL_DEPARTMENT, null, null, "socongthuong@langson.gov.vn");
		add("ca", "Công an tỉnh Lạng Sơn", "CAT", AgencyKind.POLICE, null, null, "pc08@langson.gov.vn").classify(
				AgencyKind.POLICE, null, true);
		add("bchqs", "Bộ Chỉ huy Quân sự tỉnh", "BCHQS", AgencyKind.MILITARY, null, null, null);
		add("bdbp", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "BĐBP", AgencyKind.MILITARY, null, null, null);
		add("td", "Tỉnh đoàn Lạng Sơn", "TĐ", AgencyKind.MASS_ORGANISATION, null, null, "tinhdoan@langson.gov.vn");
		add("hlhpn", "Hội Liên hiệp Phụ nữ tỉnh", "HLHPN", AgencyKind.MASS_ORGANISATION, null, null, null);
		add("mttq", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "MTTQ", AgencyKind.MASS_ORGANISATION, null, null, null);
		add("ldld", "Liên đoàn Lao động tỉnh", "LĐLĐ", AgencyKind.MASS_ORGANISATION, null, null, null);
		add("baols", "Báo Lạng Sơn", "BLS", AgencyKind.MEDIA, null, null, "baolangson@langson.gov.vn");
		add("dai", "Đài Phát thanh và Truyền hình Lạng Sơn", "LSTV", AgencyKind.MEDIA, null, null, null);
		String[][] districts = { { "tp", "Ban ATGT thành phố Lạng Sơn" }, { "trangdinh", "Ban ATGT huyện Tràng Định" },
				{ "binhgia", "Ban ATGT huyện Bình Gia" }, { "vanlang", "Ban ATGT huyện Văn Lãng" },
				{ "caoloc", "Ban ATGT huyện Cao Lộc" }, { "vanquan", "Ban ATGT huyện Văn Quan" },
				{ "bacson", "Ban ATGT huyện Bắc Sơn" }, { "huulung", "Ban ATGT huyện Hữu Lũng" },
				{ "chilang", "Ban ATGT huyện Chi Lăng" }, { "locbinh", "Ban ATGT huyện Lộc Bình" },
				{ "dinhlap", "Ban ATGT huyện Đình Lập" } };
		for (String[] district : districts) {
			add("h-" + district[0], district[1], null, AgencyKind.DISTRICT_COMMITTEE, null, DISTRICTS_END, null)
				.classify(AgencyKind.DISTRICT_COMMITTEE, null, true);
		}
		LocalDate communesFrom = DISTRICTS_END.plusDays(1);
		add("x-locbinh", "UBND xã Lộc Bình", null, AgencyKind.COMMUNE_COMMITTEE, communesFrom, null,
				"xalocbinh@langson.gov.vn").classify(AgencyKind.COMMUNE_COMMITTEE, null, true);
		add("x-dongdang", "UBND xã Đồng Đăng", null, AgencyKind.COMMUNE_COMMITTEE, communesFrom, null, null)
			.classify(AgencyKind.COMMUNE_COMMITTEE, null, true);
		add("p-dongkinh", "UBND phường Đông Kinh", null, AgencyKind.COMMUNE_COMMITTEE, communesFrom, null, null)
			.classify(AgencyKind.COMMUNE_COMMITTEE, null, true);
		add("p-luongvantri", "UBND phường Lương Văn Tri", null, AgencyKind.COMMUNE_COMMITTEE, communesFrom, null,
				null)
			.classify(AgencyKind.COMMUNE_COMMITTEE, null, true);
		this.agencies.saveAll(this.byKey.values());
		this.agencies.flush();
		succession("gtvt", "xd");
		succession("tttt", "khcn");
		succession("khdt", "tc");
		succession("ldtbxh", "nv");
		succession("nnptnt", "nnmt");
		succession("tnmt", "nnmt");
		succession("h-locbinh", "x-locbinh");
		succession("h-tp", "p-dongkinh");
		this.byKey.values().stream().filter(a -> a.getValidTo() != null).forEach(a -> a.activate(false));
		return this.byKey;
	}

	private Agency add(String key, String name, String shortName, AgencyKind kind, LocalDate from, LocalDate to,
			String email) {
		Agency agency = new Agency(name, shortName, kind);
		agency.validBetween(from, to);
		agency.contactAt(email);
		this.byKey.put(key, agency);
		return agency;
	}

	private void succession(String oldKey, String newKey) {
		Agency old = this.byKey.get(oldKey);
		Agency successor = this.byKey.get(newKey);
		old.linkHistory(old.getPredecessorId(), successor.getId());
		if (successor.getPredecessorId() == null) {
			successor.linkHistory(old.getId(), successor.getSuccessorId());
		}
	}

}
