/** The per-application integrations as the API manages them, with their delivery state. */
package io.longwave.application.integration;
