/** The office's pages for the agency registry: search, create, edit, import from .xlsx. */
package vn.atgt.thidua.agency.web;
