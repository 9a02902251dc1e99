/** Command-line tools that play packet forwarders against a running Longwave. */
package io.longwave.simulator.cli;
