package com.marketinghub.launch;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** One row of the launch table; target segments are account plans. */
public record Launch(long id, String name, String featureKey, String tier, LocalDate launchDate,
    List<String> targetSegments, BigDecimal adoptionTarget, String owner, LaunchStatus status,
    String reviewComment, String processInstanceId, OffsetDateTime createdAt) {}
