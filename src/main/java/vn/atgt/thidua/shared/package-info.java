/** What every module truly shares: security, web plumbing, time rules and text normalisation (an open module: every sub-package is usable). */
@ApplicationModule(displayName = "Shared", type = ApplicationModule.Type.OPEN)
package vn.atgt.thidua.shared;

import org.springframework.modulith.ApplicationModule;
