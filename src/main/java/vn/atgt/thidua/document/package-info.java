/** Formal administrative documents (Decree 30/2020) as PDF and DOCX, and the shared .xlsx export helper. */
@ApplicationModule(displayName = "Documents")
package vn.atgt.thidua.document;

import org.springframework.modulith.ApplicationModule;
