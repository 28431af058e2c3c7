package vn.atgt.thidua.report;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.atgt.thidua.agency.AgencyDirectory;
import vn.atgt.thidua.agency.AgencyKind;
import vn.atgt.thidua.agency.AgencyOption;
import vn.atgt.thidua.plan.SignAuthority;

/**
 * The particulars a new year-end report starts from, derived from what the agency directory publishes (name, short
 * name, kind): the directory carries no parent body, printed name, symbol or place yet (issue 13.1, ADR 0180), so a
 * district committee "Ban ATGT huyện Lộc Bình" becomes UBND HUYỆN LỘC BÌNH / BAN AN TOÀN GIAO THÔNG, BATGT, Lộc Bình;
 * a provincial body UBND TỈNH LẠNG SƠN / its name in capitals, its short name, Lạng Sơn. The author corrects them.
 */
@Component
class ReportLetterheads {

	private static final Locale VI = Locale.forLanguageTag("vi");

	/** "Ban ATGT huyện Lộc Bình", "Ban An toàn giao thông thành phố Lạng Sơn". */
	private static final Pattern DISTRICT = Pattern
		.compile("^Ban (?:ATGT|An toàn giao thông) (huyện|thị xã|thành phố) (.+)$", Pattern.CASE_INSENSITIVE);

	/** "UBND xã Lộc Bình", "UBND phường Đông Kinh". */
	private static final Pattern COMMUNE = Pattern.compile("^(?:UBND|Ủy ban nhân dân) (xã|phường|thị trấn) (.+)$",
			Pattern.CASE_INSENSITIVE);

	private final AgencyDirectory agencies;

	private final MessageSource messages;

	ReportLetterheads(AgencyDirectory agencies, MessageSource messages) {
		this.agencies = agencies;
		this.messages = messages;
	}

	ReportParticulars defaults(Long agencyId, LocalDate today) {
		AgencyOption agency = this.agencies.byIds(java.util.List.of(agencyId)).stream().findFirst().orElse(null);
		if (agency == null) {
			return ReportParticulars.NONE;
		}
		return derive(agency.name(), agency.shortName(), agency.kind(), today);
	}

	ReportParticulars derive(String name, String shortName, AgencyKind kind, LocalDate today) {
		String province = t("yearReport.doc.place");
		String recipients = t("yearReport.doc.recipient");
		Matcher district = DISTRICT.matcher(name.strip());
		if (district.matches()) {
			String level = "thành phố".equalsIgnoreCase(district.group(1)) ? "THÀNH PHỐ"
					: "thị xã".equalsIgnoreCase(district.group(1)) ? "THỊ XÃ" : "HUYỆN";
			return new ReportParticulars("UBND " + level + " " + upper(district.group(2)),
					t("yearReport.doc.committeeBody"), null, t("yearReport.doc.committeeSymbol"), district.group(2),
					today, SignAuthority.NONE, null, t("yearReport.doc.committeeHead"), null,
					recipients + "\n" + t("yearReport.doc.archiveOf", t("yearReport.doc.committeeSymbol")));
		}
		Matcher commune = COMMUNE.matcher(name.strip());
		if (commune.matches()) {
			return new ReportParticulars(null, "ỦY BAN NHÂN DÂN " + upper(commune.group(1) + " " + commune.group(2)),
					null, "UBND", commune.group(2), today, SignAuthority.TM, t("yearReport.doc.communeBody"),
					t("yearReport.doc.communeHead"), null, recipients + "\n" + t("yearReport.doc.archiveOf", "VP"));
		}
		String symbol = shortName == null || shortName.isBlank() ? null : shortName.strip();
		String parent = kind == AgencyKind.POLICE ? t("yearReport.doc.policeParent")
				: kind == AgencyKind.PROVINCIAL_DEPARTMENT || kind == AgencyKind.MEDIA || kind == AgencyKind.OTHER
						? t("yearReport.doc.parentBody") : null;
		String head = kind == AgencyKind.PROVINCIAL_DEPARTMENT || kind == AgencyKind.POLICE ? t("yearReport.doc.director")
				: null;
		return new ReportParticulars(parent, upper(name), null, symbol, province, today, SignAuthority.NONE, null, head,
				null, recipients + "\n" + t("yearReport.doc.archiveOf", symbol == null ? "VP" : symbol));
	}

	private static String upper(String text) {
		return text.strip().toUpperCase(VI);
	}

	// document wording is Vietnamese whatever the UI language
	private String t(String key, Object... args) {
		return this.messages.getMessage(key, args, VI);
	}

}
