package vn.atgt.thidua.plan;

/** How the signer signs (Decree 30/2020): on behalf of the body (TM.), for the head (KT.), acting (Q.)… or as head. */
public enum SignAuthority {

	NONE(""), TM("TM."), KT("KT."), Q("Q."), TL("TL."), TUQ("TUQ.");

	private final String prefix;

	SignAuthority(String prefix) {
		this.prefix = prefix;
	}

	public String prefix() {
		return this.prefix;
	}

}
