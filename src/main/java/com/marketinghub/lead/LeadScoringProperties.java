package com.marketinghub.lead;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Weights and points of the lead score; defaults in application.yaml, formula in
 * docs/lead-scoring.md.
 *
 * @param fitWeight share of the fit part in the total (the engagement part gets the rest)
 * @param companySizeWeight weight of company size within fit
 * @param countryWeight weight of country within fit
 * @param seniorityWeight weight of job title seniority within fit
 * @param companySizeBands points by minimum number of employees; the highest band reached counts
 * @param countryPoints points per ISO country code
 * @param otherCountryPoints points of a country not listed
 * @param seniority points by job title keywords, first match counts
 * @param otherTitlePoints points of a job title that matches no keyword
 * @param touchpointPoints engagement points per touchpoint type
 * @param otherTouchpointPoints points of a touchpoint type not listed
 * @param engagementHalfLifeDays a touchpoint this many days old counts half
 */
@ConfigurationProperties("marketing-hub.lead.scoring")
public record LeadScoringProperties(
    double fitWeight,
    double companySizeWeight,
    double countryWeight,
    double seniorityWeight,
    List<SizeBand> companySizeBands,
    Map<String, Integer> countryPoints,
    int otherCountryPoints,
    List<SeniorityLevel> seniority,
    int otherTitlePoints,
    Map<String, Integer> touchpointPoints,
    int otherTouchpointPoints,
    double engagementHalfLifeDays) {

  public LeadScoringProperties {
    if (fitWeight < 0 || fitWeight > 1) {
      throw new IllegalArgumentException("marketing-hub.lead.scoring.fit-weight must be 0 to 1");
    }
    if (companySizeWeight + countryWeight + seniorityWeight <= 0) {
      throw new IllegalArgumentException("marketing-hub.lead.scoring: fit weights sum to 0");
    }
    if (engagementHalfLifeDays <= 0) {
      throw new IllegalArgumentException(
          "marketing-hub.lead.scoring.engagement-half-life-days must be positive");
    }
    companySizeBands = companySizeBands == null ? List.of() : List.copyOf(companySizeBands);
    countryPoints = countryPoints == null ? Map.of() : Map.copyOf(countryPoints);
    seniority = seniority == null ? List.of() : List.copyOf(seniority);
    touchpointPoints = touchpointPoints == null ? Map.of() : Map.copyOf(touchpointPoints);
  }

  public record SizeBand(int minEmployees, int points) {}

  public record SeniorityLevel(List<String> keywords, int points) {}
}
