/** The threads the network server's flows run on. */
package io.longwave.infrastructure.concurrency;
