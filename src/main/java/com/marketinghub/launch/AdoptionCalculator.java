package com.marketinghub.launch;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The adoption of a launch's feature over a window of days (both inclusive): among the targeted
 * accounts (their plan is a target segment, not churned) that were active, the share that used
 * the feature. An account without any usage row simply did not adopt; one without any activity
 * at all is not counted (docs/launches.md).
 */
@Component
class AdoptionCalculator {

  private final FeatureUsageRepository usage;
  private final FeedbackRepository feedback;
  private final Clock clock;

  AdoptionCalculator(FeatureUsageRepository usage, FeedbackRepository feedback, Clock clock) {
    this.usage = usage;
    this.feedback = feedback;
    this.clock = clock;
  }

  Adoption measure(Launch launch, LocalDate from, LocalDate to) {
    List<String> segments = launch.targetSegments();
    int targeted = usage.countOnPlans(segments);
    int active = usage.countActive(segments, launch.featureKey(), from, to);
    Map<Long, Set<String>> weeksByAccount = new LinkedHashMap<>();
    usage.forEachUse(segments, launch.featureKey(), from, to, (account, day) ->
        weeksByAccount.computeIfAbsent(account, id -> new HashSet<>()).add(week(day)));
    int adopting = weeksByAccount.size();
    Set<String> weeks = new LinkedHashSet<>();
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
      weeks.add(week(day));
    }
    List<Adoption.Week> trend = weeks.stream().map(week -> new Adoption.Week(week,
        (int) weeksByAccount.values().stream().filter(used -> used.contains(week)).count()))
        .toList();
    BigDecimal share = active == 0 ? null : BigDecimal.valueOf(adopting)
        .divide(BigDecimal.valueOf(active), 4, RoundingMode.HALF_UP);
    boolean below = share == null || share.compareTo(launch.adoptionTarget()) < 0;
    FeedbackRepository.Rating rating = feedback.rating(launch.id(), launch.featureKey(),
        from.atStartOfDay(clock.getZone()).toOffsetDateTime(),
        to.plusDays(1).atStartOfDay(clock.getZone()).toOffsetDateTime());
    BigDecimal average = rating.count() == 0 ? null
        : rating.average().setScale(2, RoundingMode.HALF_UP);
    return new Adoption(from, to, targeted, active, adopting, share, below, trend,
        average, rating.count());
  }

  /** Comments of the feedback on the launch or its feature, newest first. */
  List<String> comments(Launch launch, int most) {
    return feedback.comments(launch.id(), launch.featureKey(), most).stream()
        .map(comment -> comment.rating() + "/5 (" + comment.channel() + ", "
            + comment.receivedAt().atZoneSameInstant(clock.getZone()).toLocalDate() + "): "
            + comment.text())
        .toList();
  }

  static String week(LocalDate day) {
    return day.get(IsoFields.WEEK_BASED_YEAR) + "-W"
        + String.format("%02d", day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }
}
