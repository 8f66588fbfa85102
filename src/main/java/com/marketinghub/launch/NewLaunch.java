package com.marketinghub.launch;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A validated launch brief. */
public record NewLaunch(String name, String featureKey, String tier, LocalDate launchDate,
    List<String> targetSegments, BigDecimal adoptionTarget) {}
