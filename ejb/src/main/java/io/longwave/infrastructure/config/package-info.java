/** Helpers that turn MicroProfile Config values into typed settings with readable errors. */
package io.longwave.infrastructure.config;
