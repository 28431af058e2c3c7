/** Carrying the plan out: the office's inspections of agencies and exemplary models (điển hình tiên tiến). */
package vn.atgt.thidua.report;
