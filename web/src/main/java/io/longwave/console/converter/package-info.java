/**
 * Faces converters and validators of the console: identifiers, keys and hexadecimal payloads to
 * and from text, and integration URLs.
 */
package io.longwave.console.converter;
