/** Download endpoints for the generated documents. */
package vn.atgt.thidua.document.web;
