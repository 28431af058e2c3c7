/** Award nominations: award forms, agencies' dossiers, review and appraisal, the consolidated submission and the decision. */
package vn.atgt.thidua.nomination;
