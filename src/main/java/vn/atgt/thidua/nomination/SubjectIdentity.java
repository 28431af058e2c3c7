package vn.atgt.thidua.nomination;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;

import vn.atgt.thidua.shared.text.Texts;

/**
 * Who a nominee is, for rule 8 (no double award for the same achievement): the subject type, the name as a key
 * without diacritics, case or word order, and for an individual the date of birth and the unit (ADR 0183).
 */
public record SubjectIdentity(SubjectType type, String nameKey, LocalDate birthDate, String unitFold) {

	static SubjectIdentity of(SubjectType type, String name, LocalDate birthDate, String unit) {
		boolean individual = type == SubjectType.INDIVIDUAL;
		return new SubjectIdentity(type, nameKey(name), individual ? birthDate : null,
				individual && unit != null ? Texts.fold(unit) : null);
	}

	static SubjectIdentity of(NomineeSpec spec) {
		return of(spec.subjectType(), spec.name(), spec.birthDate(), spec.unit());
	}

	/**
	 * The name's words without diacritics or case, letters and digits only, in code-point order: "Nguyễn Văn An",
	 * "AN NGUYEN VAN" and "Nguyen  Van An." are one key (the database's backfill in V101 does the same).
	 */
	public static String nameKey(String name) {
		return Arrays.stream(Texts.fold(name).split("[^a-z0-9]+"))
			.filter(word -> !word.isEmpty())
			.sorted()
			.collect(Collectors.joining(" "));
	}

	/**
	 * The same subject: a collective by its name; an individual by name plus date of birth when both have one, else
	 * by name plus unit.
	 */
	public boolean matches(SubjectIdentity other) {
		if (other.type != this.type || !other.nameKey.equals(this.nameKey)) {
			return false;
		}
		if (this.type == SubjectType.COLLECTIVE) {
			return true;
		}
		if (this.birthDate != null && other.birthDate != null) {
			return this.birthDate.equals(other.birthDate);
		}
		return this.unitFold != null && this.unitFold.equals(other.unitFold);
	}

}
