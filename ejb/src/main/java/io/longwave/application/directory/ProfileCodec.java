package io.longwave.application.directory;

import io.longwave.codec.PayloadCodecType;
import java.util.Objects;
import java.util.UUID;

/**
 * A device profile's payload codec settings (ChirpStack v3 {@code payloadCodec}, {@code
 * payloadEncoderScript}, {@code payloadDecoderScript}).
 *
 * @param profileId the profile
 * @param profileName its name
 * @param codec the codec it selects
 * @param decoderScript the decoder script ("" when none)
 * @param encoderScript the encoder script ("" when none)
 */
public record ProfileCodec(
    UUID profileId,
    String profileName,
    PayloadCodecType codec,
    String decoderScript,
    String encoderScript) {

  public ProfileCodec {
    Objects.requireNonNull(profileId, "profileId");
    Objects.requireNonNull(codec, "codec");
    profileName = profileName == null ? "" : profileName;
    decoderScript = decoderScript == null ? "" : decoderScript;
    encoderScript = encoderScript == null ? "" : encoderScript;
  }
}
