package io.longwave.simulator.metrics;

/**
 * The values of {@link SimulationCounters} at one moment; see there for what each counts.
 *
 * @param joinRequests join-requests sent
 * @param joinAccepts join-accepts accepted
 * @param uplinks data uplinks sent
 * @param confirmedUplinks confirmed data uplinks sent
 * @param downlinks data downlinks accepted
 * @param acks confirmed uplinks acknowledged
 * @param micFailures frames with a wrong MIC
 * @param decryptFailures frames that could not be decrypted or decoded
 * @param unmatchedDownlinks PULL_RESPs for no simulated device
 * @param pushData PUSH_DATA sent
 * @param pushAcks PUSH_ACK received
 * @param pullData PULL_DATA sent
 * @param pullAcks PULL_ACK received
 * @param pullResps PULL_RESP received
 * @param txAcks TX_ACK sent
 * @param malformedPackets invalid datagrams received
 */
public record CounterSnapshot(
    long joinRequests,
    long joinAccepts,
    long uplinks,
    long confirmedUplinks,
    long downlinks,
    long acks,
    long micFailures,
    long decryptFailures,
    long unmatchedDownlinks,
    long pushData,
    long pushAcks,
    long pullData,
    long pullAcks,
    long pullResps,
    long txAcks,
    long malformedPackets) {}
