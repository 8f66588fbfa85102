package com.marketinghub.lead;

import com.marketinghub.attribution.Touchpoint;
import com.marketinghub.lead.LeadScoringProperties.SeniorityLevel;
import com.marketinghub.lead.LeadScoringProperties.SizeBand;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** The lead score: fit (who they are) plus engagement (what they did, recent counts more). */
@Component
public class LeadScorer {

  private final LeadScoringProperties properties;

  public LeadScorer(LeadScoringProperties properties) {
    this.properties = properties;
  }

  public LeadScore score(Lead lead, List<Touchpoint> touchpoints, OffsetDateTime now) {
    int size = companySizePoints(lead.companySize());
    int country = countryPoints(lead.country());
    int seniority = seniorityPoints(lead.jobTitle());
    double fitWeights = properties.companySizeWeight() + properties.countryWeight()
        + properties.seniorityWeight();
    double fit = (properties.companySizeWeight() * size + properties.countryWeight() * country
        + properties.seniorityWeight() * seniority) / fitWeights;
    double engagement = engagementPoints(touchpoints, now);
    double total = properties.fitWeight() * fit + (1 - properties.fitWeight()) * engagement;
    return new LeadScore((int) Math.round(total), (int) Math.round(fit),
        (int) Math.round(engagement), size, country, seniority);
  }

  int companySizePoints(Integer employees) {
    if (employees == null) {
      return 0;
    }
    return properties.companySizeBands().stream()
        .filter(band -> employees >= band.minEmployees())
        .max(Comparator.comparingInt(SizeBand::minEmployees))
        .map(SizeBand::points)
        .orElse(0);
  }

  int countryPoints(String country) {
    if (country == null || country.isBlank()) {
      return 0;
    }
    return properties.countryPoints().getOrDefault(country.toUpperCase(Locale.ROOT),
        properties.otherCountryPoints());
  }

  int seniorityPoints(String jobTitle) {
    if (jobTitle == null || jobTitle.isBlank()) {
      return 0;
    }
    String title = " " + jobTitle.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ") + " ";
    for (SeniorityLevel level : properties.seniority()) {
      for (String keyword : level.keywords()) {
        if (title.contains(" " + keyword.toLowerCase(Locale.ROOT) + " ")) {
          return level.points();
        }
      }
    }
    return properties.otherTitlePoints();
  }

  double engagementPoints(List<Touchpoint> touchpoints, OffsetDateTime now) {
    double sum = 0;
    for (Touchpoint touch : touchpoints) {
      int points = properties.touchpointPoints().getOrDefault(
          touch.type().toLowerCase(Locale.ROOT), properties.otherTouchpointPoints());
      double ageDays = Math.max(0, Duration.between(touch.occurredAt(), now).toMinutes() / 1440.0);
      sum += points * Math.pow(0.5, ageDays / properties.engagementHalfLifeDays());
    }
    return Math.min(100, sum);
  }
}
