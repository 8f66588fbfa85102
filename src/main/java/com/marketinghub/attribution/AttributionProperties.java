package com.marketinghub.attribution;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Weights of the attribution models.
 *
 * @param uShapedFirst share of the first touch in the U-shaped model (default 0.4)
 * @param uShapedLast share of the last touch in the U-shaped model (default 0.4); the middle
 *     touches share the rest
 * @param timeDecayHalfLifeDays age in days at which a touch counts half in the time-decay model
 */
@ConfigurationProperties("marketing-hub.attribution")
public record AttributionProperties(
    @DefaultValue("0.4") double uShapedFirst,
    @DefaultValue("0.4") double uShapedLast,
    @DefaultValue("7") double timeDecayHalfLifeDays) {

  public AttributionProperties {
    if (uShapedFirst < 0 || uShapedLast < 0 || uShapedFirst + uShapedLast > 1) {
      throw new IllegalArgumentException("marketing-hub.attribution: u-shaped-first and "
          + "u-shaped-last must be 0 or more and sum to at most 1");
    }
    if (timeDecayHalfLifeDays <= 0) {
      throw new IllegalArgumentException(
          "marketing-hub.attribution.time-decay-half-life-days must be positive");
    }
  }
}
