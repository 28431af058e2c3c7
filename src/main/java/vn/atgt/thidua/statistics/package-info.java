/** Accident figures (tai nạn giao thông) by period, their change against the same period of the previous year, and the plan targets' attainment. */
package vn.atgt.thidua.statistics;
