/**
 * Cayenne Low Power Payload (myDevices' LPP with the extended types of the ElectronicCats
 * library): a sequence of {@code channel | type | value} records, values big-endian. Decoded into
 * ChirpStack v3's object shape, one member per type holding channel → value ({@code
 * {"temperatureSensor":{"1":21.5}}}).
 */
package io.longwave.codec.cayenne;
