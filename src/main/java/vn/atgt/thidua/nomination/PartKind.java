package vn.atgt.thidua.nomination;

/** The parts of a dossier (domain brief §7.5); per-nominee parts belong to one nominee. */
public enum PartKind {

	TO_TRINH(false), DANH_SACH(false), BIEN_BAN_HOP_HDTDKT(false), BAO_CAO_THANH_TICH(true), XAC_NHAN_THANH_TICH(true),
	MINH_CHUNG(false);

	private final boolean perNominee;

	PartKind(boolean perNominee) {
		this.perNominee = perNominee;
	}

	public boolean perNominee() {
		return this.perNominee;
	}

}
