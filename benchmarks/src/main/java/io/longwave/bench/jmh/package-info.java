/**
 * JMH benchmarks of the LoRaWAN core on the uplink hot path: a data uplink decoded, its MIC
 * checked and its FRMPayload decrypted; a join-request answered; and the raw AES block cipher as
 * the floor both are made of.
 */
package io.longwave.bench.jmh;
