package com.marketinghub.lead;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketinghub.attribution.Touchpoint;
import com.marketinghub.lead.LeadScoringProperties.SeniorityLevel;
import com.marketinghub.lead.LeadScoringProperties.SizeBand;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The score formula of docs/lead-scoring.md, on small numbers that are easy to check by hand. */
class LeadScorerTest {

  private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 27, 12, 0, 0, 0, ZoneOffset.UTC);

  private final LeadScorer scorer = new LeadScorer(new LeadScoringProperties(
      0.6, 0.4, 0.3, 0.3,
      List.of(new SizeBand(0, 10), new SizeBand(50, 60), new SizeBand(1000, 100)),
      Map.of("DE", 100), 50,
      List.of(new SeniorityLevel(List.of("ceo", "chief"), 100),
          new SeniorityLevel(List.of("vp", "head"), 85),
          new SeniorityLevel(List.of("manager"), 50)),
      25,
      Map.of("webinar", 20, "demo_request", 40), 5,
      14));

  @Test
  void shouldWeighFitAndEngagement() {
    Lead lead = lead(500, "DE", "VP Marketing");
    List<Touchpoint> touches = List.of(touch("webinar", NOW), touch("demo_request", NOW));

    LeadScore score = scorer.score(lead, touches, NOW);

    // fit = 0.4*60 + 0.3*100 + 0.3*85 = 79.5 -> 80; engagement = 20 + 40 = 60
    // total = 0.6*79.5 + 0.4*60 = 71.7 -> 72
    assertThat(score).isEqualTo(new LeadScore(72, 80, 60, 60, 100, 85));
  }

  @Test
  void shouldHalveEngagementOfTouchEveryHalfLife() {
    assertThat(scorer.engagementPoints(List.of(touch("demo_request", NOW.minusDays(14))), NOW))
        .isEqualTo(20.0);
    assertThat(scorer.engagementPoints(List.of(touch("demo_request", NOW.minusDays(28))), NOW))
        .isEqualTo(10.0);
    assertThat(scorer.engagementPoints(List.of(touch("unknown_kind", NOW)), NOW)).isEqualTo(5.0);
  }

  @Test
  void shouldCapEngagementAt100() {
    List<Touchpoint> many = java.util.stream.IntStream.range(0, 10)
        .mapToObj(i -> touch("demo_request", NOW)).toList();

    assertThat(scorer.engagementPoints(many, NOW)).isEqualTo(100.0);
  }

  @Test
  void shouldTakeHighestSizeBandReached() {
    assertThat(scorer.companySizePoints(null)).isZero();
    assertThat(scorer.companySizePoints(49)).isEqualTo(10);
    assertThat(scorer.companySizePoints(50)).isEqualTo(60);
    assertThat(scorer.companySizePoints(999)).isEqualTo(60);
    assertThat(scorer.companySizePoints(1000)).isEqualTo(100);
  }

  @Test
  void shouldScoreCountryAndUnknownCountry() {
    assertThat(scorer.countryPoints("de")).isEqualTo(100);
    assertThat(scorer.countryPoints("BR")).isEqualTo(50);
    assertThat(scorer.countryPoints(null)).isZero();
  }

  @Test
  void shouldMatchSeniorityKeywordsAsWholeWords() {
    assertThat(scorer.seniorityPoints("Chief Marketing Officer")).isEqualTo(100);
    assertThat(scorer.seniorityPoints("Head of Growth")).isEqualTo(85);
    assertThat(scorer.seniorityPoints("Marketing-Manager")).isEqualTo(50);
    // "vp" inside another word does not count
    assertThat(scorer.seniorityPoints("MVP engineer")).isEqualTo(25);
    assertThat(scorer.seniorityPoints(" ")).isZero();
  }

  static Lead lead(Integer companySize, String country, String jobTitle) {
    return new Lead(1, "web", null, "a@b.example", "A", "B", "C", country, companySize, jobTitle,
        NOW, LeadStatus.NEW, null, null, null, null, null, null, null, null, null, false, null,
        null, null, null, null, LeadType.NEW, null);
  }

  private static Touchpoint touch(String type, OffsetDateTime at) {
    return new Touchpoint(1, 1, 1, "Campaign", type, at);
  }
}
