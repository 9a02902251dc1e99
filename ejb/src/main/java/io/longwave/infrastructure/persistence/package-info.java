/**
 * Persistence: the datasource and schema migration, JPA repository implementations and attribute
 * converters. The schema of record is the Flyway SQL in {@code longwave-db}.
 */
package io.longwave.infrastructure.persistence;
