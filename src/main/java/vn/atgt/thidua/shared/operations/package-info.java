/** What an operator and a load balancer see: health probes, metrics for an administrator, request ids in the logs. */
package vn.atgt.thidua.shared.operations;
