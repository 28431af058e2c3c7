/** Accident figures (tai nạn giao thông) by period, their change against the same period of the previous year, and the plan targets' attainment. */
@ApplicationModule(displayName = "Accident statistics")
package vn.atgt.thidua.statistics;

import org.springframework.modulith.ApplicationModule;
