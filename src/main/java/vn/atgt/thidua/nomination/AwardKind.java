package vn.atgt.thidua.nomination;

/** Form of commendation or emulation title (Law Art. 9). */
public enum AwardKind {
	HINH_THUC_KHEN_THUONG, DANH_HIEU_THI_DUA
}
