package vn.atgt.thidua.shared.province;

import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The province this installation serves and the committee's usual letterhead texts ({@code app.province.*}):
 * another province changes them in its configuration, not in the code.
 * @param name the province's name ("Lạng Sơn")
 * @param parentBody the letterhead's governing body ("UBND TỈNH LẠNG SƠN")
 * @param issuingBody the committee as it heads its documents ("BAN AN TOÀN GIAO THÔNG")
 * @param bodySymbol the committee's symbol in document numbers ("BATGT")
 * @param place where documents are signed ("Lạng Sơn")
 * @param mailDomain the domain of the province's official e-mail addresses, for examples ("langson.gov.vn")
 * @param signerHeadTitle the head's title above a signature ("TRƯỞNG BAN")
 * @param signerTitle the signer's own title ("PHÓ TRƯỞNG BAN")
 * @param recipients the usual recipients' line ("Lưu: VT.")
 * @param agencyDutiesHeading the heading of the member agencies' duties in a plan
 * @param officeDutiesHeading the heading of the office's duties in a plan
 */
@Validated
@ConfigurationProperties("app.province")
public record ProvinceProperties(@NotBlank String name, @NotBlank String parentBody, @NotBlank String issuingBody,
		@NotBlank String bodySymbol, @NotBlank String place, @NotBlank String mailDomain, String signerHeadTitle,
		String signerTitle, String recipients, String agencyDutiesHeading, String officeDutiesHeading) {

}
