/** MicroProfile Metrics published by Longwave beyond those the beans declare themselves. */
package io.longwave.infrastructure.metrics;
