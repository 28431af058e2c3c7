/**
 * The spreadsheet toolkit: one writer for every .xlsx export and template (streamed, formulas neutralised) and one
 * reader for every import (cells read as the web form would receive them, bound to that form and checked by the
 * same validators, with an error per row).
 */
package vn.atgt.thidua.shared.spreadsheet;
