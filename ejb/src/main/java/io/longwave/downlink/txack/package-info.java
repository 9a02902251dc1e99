/**
 * Gateway TX acknowledgements of data downlinks (ChirpStack {@code downlink/tx_ack.rs}): the flow
 * that, once a gateway says which item went on air, advances the frame counter that item used,
 * deletes or marks pending the queue item it carried and tells the application; and that reports
 * a downlink no item of which could be sent.
 */
package io.longwave.downlink.txack;
