/** What every module truly shares: security, web plumbing, time rules and text normalisation. */
package vn.atgt.thidua.shared;
