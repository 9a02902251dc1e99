/** Network servers as ChirpStack v3 lists them: the built-in one and those scripts register. */
package io.longwave.domain.networkserver;
