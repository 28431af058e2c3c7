/** Pages of the accident figures (list, form, import) and of the targets dashboard. */
package vn.atgt.thidua.statistics.web;
