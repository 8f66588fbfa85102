package com.marketinghub.launch;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketinghub.support.ApplicationTest;
import com.marketinghub.support.TestClock;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Adoption arithmetic on a known usage set, counted by hand. */
class AdoptionCalculatorTest extends ApplicationTest {

  @Autowired AdoptionCalculator calculator;
  @Autowired LaunchRepository launches;
  @Autowired FeatureUsageRepository usage;
  @Autowired JdbcClient jdbc;

  private final String tag = UUID.randomUUID().toString().substring(0, 8);
  private final String segment = "seg-" + tag;
  private final String feature = "reports-" + tag;
  /** The window: the two complete ISO weeks before this one, Monday to Sunday. */
  private final LocalDate monday = TestClock.lastCompleteWeekMonday().minusWeeks(1);
  private final LocalDate sunday = monday.plusDays(13);

  private long account(String name, String plan, boolean churned) {
    jdbc.sql("""
            insert into account (external_id, name, plan, seats_purchased, annual_value_minor,
                currency, csm, churned, updated_at)
            values (:id, :name, :plan, 10, 100000, 'EUR', 'carl', :churned, :now)""")
        .param("id", name + "-" + tag).param("name", name).param("plan", plan)
        .param("churned", churned).param("now", TestClock.offsetNow()).update();
    return jdbc.sql("select id from account where external_id = :id")
        .param("id", name + "-" + tag).query(Long.class).single();
  }

  /** Active on the window's day number {@code day} (0 is its Monday). */
  private void activeOn(long account, int day) {
    jdbc.sql("""
            insert into account_signal (account_id, signal_day, active_users, usage_events)
            values (:account, :day, 3, 40)""")
        .param("account", account).param("day", monday.plusDays(day)).update();
  }

  private void used(long account, String featureKey, int day, int users, int events) {
    usage.save(account, featureKey, monday.plusDays(day), users, events);
  }

  /** Received on the window's day number {@code day} at the hour, in the business zone. */
  private void feedback(Long launch, String featureKey, int rating, int day, int hour) {
    jdbc.sql("""
            insert into feedback (natural_key, launch_id, feature_key, rating, comment, channel,
                received_at)
            values (:key, :launch, :feature, :rating, 'ok', 'survey', :at)""")
        .param("key", UUID.randomUUID().toString()).param("launch", launch)
        .param("feature", featureKey).param("rating", rating)
        .param("at", monday.plusDays(day).atTime(hour, 0).atZone(TestClock.zone())
            .toOffsetDateTime()).update();
  }

  @Test
  void shouldCountActiveTargetedAccountsThatUsedTheFeature() {
    long id = launches.insert(new NewLaunch("Reports", feature, "T2", monday,
        List.of(segment), new BigDecimal("0.6")), "paula", TestClock.offsetNow());
    Launch launch = launches.get(id);
    // Adopts in both weeks (days 0 to 6, then 7 to 13).
    long a1 = account("A1", segment, false);
    activeOn(a1, 1);
    used(a1, feature, 2, 2, 15);
    used(a1, feature, 8, 1, 4);
    // Adopts in the second week only, no signals at all: its use makes it active.
    long a2 = account("A2", segment.toUpperCase(), false);
    used(a2, feature, 13, 1, 1);
    // Active, no usage row: targeted, active, not adopting.
    long a3 = account("A3", segment, false);
    activeOn(a3, 4);
    // Nothing at all: targeted, not active, not counted in the share.
    account("A4", segment, false);
    // Churned, even though it uses the feature: not targeted.
    long a5 = account("A5", segment, true);
    used(a5, feature, 2, 5, 50);
    // Another plan: not targeted.
    long a6 = account("A6", "other-" + tag, false);
    used(a6, feature, 2, 5, 50);
    // Active; usage rows with nothing in them, or outside the window, or of another feature.
    long a7 = account("A7", segment, false);
    activeOn(a7, 9);
    used(a7, feature, 3, 0, 0);
    used(a7, feature, -2, 3, 30);
    used(a7, "other-feature-" + tag, 3, 3, 30);
    feedback(id, null, 4, 1, 10);
    // In the window's last hour.
    feedback(id, null, 5, 13, 23);
    feedback(null, feature, 2, 7, 8);
    // Before the window and after it: not counted.
    feedback(id, null, 1, -1, 12);
    feedback(id, null, 1, 14, 0);

    Adoption adoption = calculator.measure(launch, monday, sunday);

    // Targeted: A1, A2 (plan in any case), A3, A4, A7 = 5. Active: A1, A2, A3, A7 = 4.
    // Adopting: A1, A2 = 2. Share 2 / 4 = 0.5, below the target 0.6.
    assertThat(adoption.targeted()).isEqualTo(5);
    assertThat(adoption.active()).isEqualTo(4);
    assertThat(adoption.adopting()).isEqualTo(2);
    assertThat(adoption.share()).isEqualByComparingTo("0.5");
    assertThat(adoption.belowTarget()).isTrue();
    assertThat(adoption.trend()).containsExactly(
        new Adoption.Week(TestClock.isoWeek(monday), 1),
        new Adoption.Week(TestClock.isoWeek(monday.plusWeeks(1)), 2));
    // (4 + 5 + 2) / 3 = 3.67.
    assertThat(adoption.feedbackCount()).isEqualTo(3);
    assertThat(adoption.averageRating()).isEqualByComparingTo("3.67");
  }

  @Test
  void shouldHaveNoShareAndBeBelowTargetWhenNoTargetedAccountWasActive() {
    long id = launches.insert(new NewLaunch("Empty", feature, "T3", monday,
        List.of(segment), new BigDecimal("0.1")), "paula", TestClock.offsetNow());
    account("B1", segment, false);

    Adoption adoption = calculator.measure(launches.get(id), monday, monday.plusDays(2));

    assertThat(adoption.targeted()).isOne();
    assertThat(adoption.active()).isZero();
    assertThat(adoption.share()).isNull();
    assertThat(adoption.belowTarget()).isTrue();
    assertThat(adoption.trend()).containsExactly(new Adoption.Week(TestClock.isoWeek(monday), 0));
    assertThat(adoption.averageRating()).isNull();
    assertThat(adoption.feedbackCount()).isZero();
  }
}
