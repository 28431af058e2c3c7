package vn.atgt.thidua.document;

/**
 * The signature block (Decree 30/2020 §7): the authority line ("KT. TRƯỞNG BAN", "TM. ỦY BAN NHÂN DÂN") when the
 * signer signs for someone, the signer's title, and the name. {@code authority} is the prefix ("KT.", "TM.", "Q.",
 * "TL.", "TUQ.") or empty when the head signs in person.
 */
public record Signature(String authority, String headTitle, String signerTitle, String name) {

	public Signature {
		authority = DocText.nfc(authority);
		headTitle = DocText.nfc(headTitle);
		signerTitle = DocText.nfc(signerTitle);
		name = DocText.nfc(name);
	}

	/** A head signing in person: only the title and the name. */
	public static Signature head(String title, String name) {
		return new Signature("", "", title, name);
	}

	/** "KT. TRƯỞNG BAN", or empty when there is no authority prefix. */
	public String authorityLine() {
		if (this.authority.isEmpty()) {
			return "";
		}
		return this.headTitle.isEmpty() ? this.authority : this.authority + " " + this.headTitle;
	}

}
