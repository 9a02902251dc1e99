/** Faces converters of the console: hexadecimal payloads to bytes and back. */
package io.longwave.console.converter;
