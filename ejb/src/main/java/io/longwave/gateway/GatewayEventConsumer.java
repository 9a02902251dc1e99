package io.longwave.gateway;

import io.longwave.connector.api.GatewayEventListener;
import io.longwave.connector.api.frame.DownlinkTxAck;
import io.longwave.connector.api.frame.GatewayConnectionState;
import io.longwave.connector.api.frame.GatewayStats;
import io.longwave.connector.api.frame.UplinkFrame;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/** Receives gateway events from the gateway bridge adapter and hands them on. */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "longwave-connector")
    })
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class GatewayEventConsumer implements GatewayEventListener {

  @EJB private GatewayActivity activity;

  @Override
  public void onUplink(UplinkFrame frame) {
    activity.uplinkReceived(frame);
  }

  @Override
  public void onGatewayStats(GatewayStats stats) {
    activity.statsReceived(stats);
  }

  @Override
  public void onTxAck(DownlinkTxAck ack) {
    activity.txAckReceived(ack);
  }

  @Override
  public void onConnectionState(GatewayConnectionState state) {
    activity.connectionChanged(state);
  }
}
