package com.marketinghub.launch;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** One row of the launch table; target segments are account plans. */
public record Launch(long id, String name, String featureKey, String tier, LocalDate launchDate,
    List<String> targetSegments, BigDecimal adoptionTarget, String owner, LaunchStatus status,
    String reviewComment, String processInstanceId, OffsetDateTime createdAt) {

  /** How tasks name the launch: "Insights (T1, 2026-06-01)". */
  public String title() {
    return name + " (" + tier + ", " + launchDate + ")";
  }

  /** The brief in one paragraph, as the task forms show it. */
  public String summary() {
    BigDecimal percent = adoptionTarget.movePointRight(2).stripTrailingZeros();
    return name + ": feature " + featureKey + ", tier " + tier + ", launch " + launchDate
        + ", segments " + String.join(", ", targetSegments) + ", adoption target "
        + percent.toPlainString() + "% of active accounts, product manager " + owner;
  }
}
