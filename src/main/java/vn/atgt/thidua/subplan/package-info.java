/** Member agencies' sub-plans (kế hoạch thực hiện): filing, versions, review and the office's follow-up board. */
package vn.atgt.thidua.subplan;
