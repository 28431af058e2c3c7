/** The yearly movement plan (kế hoạch phát động): drafted, published with a number, amended on record, closed. */
@ApplicationModule(displayName = "Plans")
package vn.atgt.thidua.plan;

import org.springframework.modulith.ApplicationModule;
