package vn.atgt.thidua.agency;

/** A refused row of an agency import: the spreadsheet row number and why (message key with an argument). */
public record AgencyImportRow(int row, String messageKey, String value) {
}
