/** Carrying the plan out: the office's inspections of agencies and exemplary models (điển hình tiên tiến). */
@ApplicationModule(displayName = "Fieldwork and year-end reports")
package vn.atgt.thidua.report;

import org.springframework.modulith.ApplicationModule;
