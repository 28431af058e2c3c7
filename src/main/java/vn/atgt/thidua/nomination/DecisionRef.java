package vn.atgt.thidua.nomination;

import java.time.LocalDate;

import jakarta.persistence.Embeddable;

/**
 * A decision as an award record cites it: its number and symbol (163/QĐ-UBND), date and signer. The Chairman's
 * decision on a consolidated submission and the decision revoking an award have this shape; each maps it onto its
 * own columns.
 */
@Embeddable
public record DecisionRef(String number, LocalDate date, String signer) {
}
