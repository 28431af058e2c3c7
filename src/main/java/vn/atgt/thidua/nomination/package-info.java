/** Award nominations: award forms, agencies' dossiers, review and appraisal, the consolidated submission and the decision. */
@ApplicationModule(displayName = "Nominations")
package vn.atgt.thidua.nomination;

import org.springframework.modulith.ApplicationModule;
