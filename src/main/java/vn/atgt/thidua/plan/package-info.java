/** The yearly movement plan (kế hoạch phát động): drafted, published with a number, amended on record, closed. */
package vn.atgt.thidua.plan;
