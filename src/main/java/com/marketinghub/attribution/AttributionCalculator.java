package com.marketinghub.attribution;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Shares of credit per campaign under each model, from a lead's touchpoints (oldest first). Each
 * touch gets a weight, the weights of one campaign add up, and the shares sum to 1; a campaign
 * whose touches weigh nothing (first-touch, last-touch) gets no entry, and a lead without
 * touchpoints gets no shares.
 */
@Component
public class AttributionCalculator {

  private final AttributionProperties properties;

  public AttributionCalculator(AttributionProperties properties) {
    this.properties = properties;
  }

  public Map<Long, Double> shares(AttributionModel model, List<Touchpoint> touchpoints,
      OffsetDateTime conversion) {
    if (model == AttributionModel.CUSTOM) {
      throw new IllegalArgumentException("Custom shares are entered, not calculated");
    }
    int n = touchpoints.size();
    double[] weights = new double[n];
    if (n == 0) {
      return Map.of();
    }
    switch (model) {
      case FIRST_TOUCH -> weights[0] = 1;
      case LAST_TOUCH -> weights[n - 1] = 1;
      case LINEAR -> java.util.Arrays.fill(weights, 1.0 / n);
      case U_SHAPED -> uShaped(weights);
      case TIME_DECAY -> timeDecay(weights, touchpoints, conversion);
      default -> throw new IllegalStateException("Unhandled model " + model);
    }
    Map<Long, Double> shares = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      if (weights[i] > 0) {
        shares.merge(touchpoints.get(i).campaignId(), weights[i], Double::sum);
      }
    }
    return shares;
  }

  private void uShaped(double[] weights) {
    int n = weights.length;
    double first = properties.uShapedFirst();
    double last = properties.uShapedLast();
    if (n == 1) {
      weights[0] = 1;
    } else if (n == 2) {
      // No middle: first and last split everything in their own proportion.
      weights[0] = first / (first + last);
      weights[1] = last / (first + last);
    } else {
      weights[0] = first;
      weights[n - 1] = last;
      double middle = (1 - first - last) / (n - 2);
      for (int i = 1; i < n - 1; i++) {
        weights[i] = middle;
      }
    }
  }

  private void timeDecay(double[] weights, List<Touchpoint> touchpoints, OffsetDateTime conversion) {
    double sum = 0;
    for (int i = 0; i < weights.length; i++) {
      double ageDays = Math.max(0,
          Duration.between(touchpoints.get(i).occurredAt(), conversion).toMinutes() / 1440.0);
      weights[i] = Math.pow(0.5, ageDays / properties.timeDecayHalfLifeDays());
      sum += weights[i];
    }
    for (int i = 0; i < weights.length; i++) {
      weights[i] /= sum;
    }
  }
}
