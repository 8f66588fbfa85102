package com.marketinghub.health;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * marketing-hub.health: the weights of the health score's components (they must sum to 1;
 * docs/customer-health.md).
 */
@ConfigurationProperties("marketing-hub.health")
public record HealthProperties(Weights weights) {

  public HealthProperties {
    if (weights == null) {
      throw new IllegalArgumentException("marketing-hub.health.weights is required");
    }
    BigDecimal sum = weights.usage().add(weights.seats()).add(weights.support())
        .add(weights.nps()).add(weights.renewal());
    if (sum.compareTo(BigDecimal.ONE) != 0) {
      throw new IllegalArgumentException("marketing-hub.health.weights must sum to 1, they sum to "
          + sum.stripTrailingZeros().toPlainString());
    }
  }

  public record Weights(BigDecimal usage, BigDecimal seats, BigDecimal support, BigDecimal nps,
      BigDecimal renewal) {}
}
