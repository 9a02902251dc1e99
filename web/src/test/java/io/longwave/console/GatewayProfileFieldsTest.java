package io.longwave.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.domain.profile.ExtraChannel;
import io.longwave.domain.profile.GatewayProfile;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class GatewayProfileFieldsTest {

  @Test
  void a_profile_read_into_the_form_gives_back_its_channels() {
    List<ExtraChannel> extra = List.of(
        new ExtraChannel("LORA", 867_100_000, 125, 0, List.of(7, 8, 9)),
        new ExtraChannel("FSK", 868_800_000, 0, 50_000, List.of()));
    GatewayProfile p = new GatewayProfile("eu-8", 1, List.of(0, 1, 2), extra, 60,
        Instant.EPOCH);
    GatewayProfileFields f = new GatewayProfileFields();
    f.read(p);
    assertEquals("eu-8", f.name());
    assertEquals("0, 1, 2", f.getChannels());
    assertEquals("7, 8, 9", f.getExtraChannels().get(0).getSpreadingFactors());
    assertEquals(List.of(0, 1, 2), f.channelIndexes());
    assertEquals(extra, f.extra());
    assertEquals(60, f.getStatsInterval());
  }

  @Test
  void extra_channels_are_added_and_removed_and_fsk_has_no_spreading_factors() {
    GatewayProfileFields f = new GatewayProfileFields();
    f.addExtraChannel();
    f.addExtraChannel();
    f.getExtraChannels().get(0).setFrequency(867_300_000);
    ExtraChannelFields fsk = f.getExtraChannels().get(1);
    fsk.setModulation("FSK");
    fsk.setFrequency(868_800_000);
    fsk.setBitrate(50_000);
    assertEquals(List.of(new ExtraChannel("LORA", 867_300_000, 125, 0, List.of(7, 8, 9, 10, 11,
        12)), new ExtraChannel("FSK", 868_800_000, 125, 50_000, List.of())), f.extra());
    f.removeExtraChannel(0);
    f.removeExtraChannel(5);
    assertEquals(1, f.getExtraChannels().size());
    assertEquals("FSK", f.getExtraChannels().get(0).getModulation());
  }

  @Test
  void a_refused_extra_channel_is_named_by_its_position() {
    GatewayProfileFields f = new GatewayProfileFields();
    f.addExtraChannel();
    f.getExtraChannels().get(0).setFrequency(867_100_000);
    f.getExtraChannels().get(0).setSpreadingFactors("7, 13");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, f::extra);
    assertTrue(e.getMessage().startsWith("extra channel 1: "), e.getMessage());
  }

  @Test
  void channel_indexes_are_split_by_commas_and_spaces_and_a_malformed_one_is_named() {
    assertEquals(List.of(0, 1, 2), GatewayProfileFields.numbers("channel", " 0,1\n2 "));
    assertEquals(List.of(), GatewayProfileFields.numbers("channel", ""));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> GatewayProfileFields.numbers("channel", "0, x"));
    assertTrue(e.getMessage().contains("channel x"), e.getMessage());
  }
}
