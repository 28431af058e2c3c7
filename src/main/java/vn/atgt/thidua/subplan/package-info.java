/** Member agencies' sub-plans (kế hoạch thực hiện): filing, versions, review and the office's follow-up board. */
@ApplicationModule(displayName = "Sub-plans")
package vn.atgt.thidua.subplan;

import org.springframework.modulith.ApplicationModule;
