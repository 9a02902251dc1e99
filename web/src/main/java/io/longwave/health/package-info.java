/**
 * MicroProfile Health checks: database and gateway bridge readiness, event delivery liveness.
 * They live in the web module because Payara's health endpoint finds checks in web modules only
 * when the application is an EAR.
 */
package io.longwave.health;
