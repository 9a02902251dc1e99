/** Gateways registered in Longwave, their locations and the statistics they report. */
package io.longwave.domain.gateway;
