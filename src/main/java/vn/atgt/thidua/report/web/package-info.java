/** Pages of inspections and exemplary models, including the public list of models worth spreading. */
package vn.atgt.thidua.report.web;
