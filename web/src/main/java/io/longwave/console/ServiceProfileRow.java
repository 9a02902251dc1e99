package io.longwave.console;

import io.longwave.domain.profile.ServiceProfile;
import io.longwave.domain.profile.ServiceProfileSettings;
import java.io.Serializable;
import java.util.Locale;

/** A service profile as its list shows it: the data-rate range and the rate limits in words. */
public record ServiceProfileRow(String id, String name, String dataRates, String uplinkRate,
    String downlinkRate, boolean addGwMetaData) implements Serializable {

  public static ServiceProfileRow of(ServiceProfile p) {
    ServiceProfileSettings s = p.settings();
    return new ServiceProfileRow(p.id().toString(), p.name(),
        "DR" + s.drMin() + "–DR" + s.drMax(), rateText(s.ulRate(), s.ulRatePolicy()),
        rateText(s.dlRate(), s.dlRatePolicy()), s.addGwMetaData());
  }

  /** "no limit" for 0, else the messages a minute and what happens beyond them. */
  static String rateText(int rate, String policy) {
    return rate == 0 ? "no limit" : rate + "/min, then " + policy.toLowerCase(Locale.ROOT);
  }
}
