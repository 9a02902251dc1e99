/**
 * The HTTP side of the load generators: a kept-alive HTTP/1.1 connection per thread, light
 * enough that the client does not take the CPU of the server it measures.
 */
package io.longwave.simulator.http;
