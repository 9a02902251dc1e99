/** MicroProfile Health checks: database and gateway bridge readiness, event delivery liveness. */
package io.longwave.infrastructure.health;
