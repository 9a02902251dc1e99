package io.longwave.uplink.data;

import io.longwave.lorawan.DevAddr;
import io.longwave.lorawan.Direction;
import io.longwave.lorawan.LorawanFormatException;
import io.longwave.lorawan.MacPayload;
import io.longwave.lorawan.crypto.FOptsCipher;
import io.longwave.lorawan.crypto.FOptsCounter;
import io.longwave.lorawan.crypto.FrmPayloadCipher;
import io.longwave.lorawan.mac.MacCommand;
import io.longwave.lorawan.mac.MacCommandCodec;
import io.longwave.session.DeviceSession;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;

/**
 * The MAC commands of a data uplink (LoRaWAN 1.0.4 §4.3.1.6 and §5, 1.1 §4.3.1.6): from FOpts,
 * decrypted first for LoRaWAN 1.1 with the NwkSEncKey and the FCntUp (the errata's A block, as
 * ChirpStack), or from the FRMPayload of an FPort 0 frame, decrypted with the NwkSEncKey (the
 * NwkSKey in 1.0). Commands that cannot be decoded are logged and ignored, as ChirpStack does, so
 * a corrupt command does not cost the application its payload. Stateless.
 */
public final class UplinkMacCommands {

  private static final Logger LOG = System.getLogger(UplinkMacCommands.class.getName());

  private UplinkMacCommands() {}

  /**
   * The uplink's MAC commands, in order; empty when it has none or they cannot be decoded.
   *
   * @param fullFCnt the uplink's full 32-bit FCntUp
   */
  public static List<MacCommand> decode(
      MacPayload macPayload, DeviceSession session, long fullFCnt, AesKeyContextCache keys) {
    DevAddr devAddr = macPayload.fhdr().devAddr();
    int fCnt = (int) fullFCnt;
    try {
      if (macPayload.fhdr().fOptsLength() > 0) {
        byte[] fOpts = macPayload.fhdr().fOpts();
        if (session.macVersion().isLorawan11()) {
          FOptsCipher.decrypt(keys.get(session.nwkSEncKey()), FOptsCounter.FCNT_UP, devAddr, fCnt,
              fOpts, 0, fOpts.length);
        }
        return MacCommandCodec.decode(Direction.UPLINK, fOpts);
      }
      if (macPayload.fPort() == 0 && macPayload.frmPayloadLength() > 0) {
        byte[] plain = FrmPayloadCipher.decrypt(keys.get(session.nwkSEncKey()), Direction.UPLINK,
            devAddr, fCnt, macPayload.frmPayload());
        return MacCommandCodec.decode(Direction.UPLINK, plain);
      }
    } catch (LorawanFormatException e) {
      LOG.log(Level.WARNING, "ignoring undecodable uplink MAC commands of {0}: {1}",
          session.devEui(), e.getMessage());
    }
    return List.of();
  }
}
