/** Short-lived state kept in memory: entries that expire after a time to live. */
package io.longwave.infrastructure.memory;
