package vn.atgt.thidua.plan;

import java.util.Set;

/** Published: its participants may now read it and file their sub-plans. */
public record PlanPublished(Long planId, int year, String numberSymbol, String title, Set<Long> participantIds) {
}
