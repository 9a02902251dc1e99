/** The JAX-RS application: the REST API's root and its OpenAPI description. */
package io.longwave.api;
