package com.marketinghub.health;

import java.util.List;

/** A score 0 to 100 and the components it was weighed from. */
public record HealthScore(int score, List<Component> components) {

  /**
   * @param name usage, seats, support, nps or renewal
   * @param value 0 to 100
   * @param detail what the value was computed from, for a person to read
   */
  public record Component(String name, int value, java.math.BigDecimal weight, String detail) {}
}
