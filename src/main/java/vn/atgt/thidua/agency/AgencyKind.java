package vn.atgt.thidua.agency;

/** Kinds of member agency (design §3); district committees are historical since 01/7/2025. */
public enum AgencyKind {

	PROVINCIAL_DEPARTMENT, POLICE, MILITARY, COMMUNE_COMMITTEE, DISTRICT_COMMITTEE, MASS_ORGANISATION, MEDIA,
	ENTERPRISE, OTHER

}
