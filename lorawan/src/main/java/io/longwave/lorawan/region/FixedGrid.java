package io.longwave.lorawan.region;

/** The channel grid of a fixed plan (RP002-1.0.3 §2.3.2, §2.6.2, §2.7.2). */
record FixedGrid(
    long narrowStartHz,
    long narrowStepHz,
    int narrowCount,
    int narrowMaxDr,
    long wideStartHz,
    long wideStepHz,
    int wideCount,
    int wideMinDr,
    int wideMaxDr,
    long downlinkStartHz,
    long downlinkStepHz,
    int downlinkCount,
    long beaconStartHz,
    long beaconStepHz) {}
