package vn.atgt.thidua.plan;

/** What a target measures. The first three are the headline criteria of accident statistics. */
public enum Indicator {

	ACCIDENTS, DEATHS, INJURIES, DRINK_DRIVING_ACCIDENTS, ESPECIALLY_SERIOUS_ACCIDENTS,
	COMMERCIAL_TRANSPORT_ACCIDENTS, CONGESTION, CUSTOM

}
