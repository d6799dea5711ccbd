/** {@code babeldesk bench}: cold start, per-word overhead, throughput, token use and their targets in one table. */
package io.babeldesk.local.bench;
