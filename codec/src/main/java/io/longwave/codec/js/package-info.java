/**
 * Custom JavaScript codecs on Mozilla Rhino, sandboxed: the standard ECMAScript objects only (no
 * Java classes, no I/O, no timers), an interpreter that stops a script past its time, instruction
 * or allocation budget, sealed built-ins shared by all scripts, one fresh global scope per call,
 * and compiled scripts cached by profile and script hash. Both ChirpStack signatures are
 * understood: v3 {@code Decode(fPort, bytes, variables)} / {@code Encode(fPort, obj, variables)},
 * and v4 {@code decodeUplink(input)} / {@code encodeDownlink(input)}.
 */
package io.longwave.codec.js;
