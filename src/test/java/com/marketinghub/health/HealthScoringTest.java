package com.marketinghub.health;

import com.marketinghub.account.AccountSignalRepository;
import static org.assertj.core.api.Assertions.assertThat;

import com.marketinghub.support.ApplicationTest;
import com.marketinghub.support.TestClock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Scores stored per account and day with band and components, in chunks, replaceable. */
class HealthScoringTest extends ApplicationTest {

  @Autowired HealthScoring scoring;
  @Autowired AccountSignalRepository signals;
  @Autowired JdbcClient jdbc;

  /** Scored today; the signals lie the same days before it as in HealthScorerTest. */
  private final LocalDate day = TestClock.today();
  private TestAccounts accounts;

  @BeforeEach
  void testAccounts() {
    accounts = new TestAccounts(jdbc, signals);
  }

  private Object[] stored(long account) {
    return jdbc.sql("""
            select s.score, s.band, count(c.id) from health_score s
            join health_component c on c.score_id = s.id
            where s.account_id = :account and s.score_day = :day group by s.score, s.band""")
        .param("account", account).param("day", day)
        .query((rs, n) -> new Object[] {rs.getInt(1), rs.getString(2), rs.getInt(3)})
        .single();
  }

  @Test
  void shouldScoreBandAndExplainEveryAccountChunkByChunk() {
    // The known account of HealthScorerTest: 49, WATCH.
    long watch = accounts.account("Watch", 50, day.plusDays(74));
    accounts.signal(watch, day, 35, 0, 0, null, 300);
    accounts.signal(watch, day.minusDays(17), 30, 2, 1, null, 300);
    accounts.signal(watch, day.minusDays(43), 40, 5, 0, 6, 1000);
    // Usage gone (0 against 1,000): 0; 5 of 50 seats: 0; 5 tickets, 2 critical: 100 - 90 = 10;
    // NPS 2: 20; renewal in 10 days: 0. 0.15x10 + 0.15x20 = 4.5 -> 5: AT_RISK.
    long risk = accounts.account("Risk", 50, day.plusDays(10));
    accounts.signal(risk, day, 5, 5, 2, 2, 0);
    accounts.signal(risk, day.minusDays(38), 40, 0, 0, null, 1000);
    // New, nothing known: 58, WATCH.
    long fresh = accounts.account("Fresh", 20, null);

    int scored = scoring.scoreAll(day, 2);
    // Again the same day: replaced, not added.
    scoring.scoreAll(day, 2);

    assertThat(scored).isGreaterThanOrEqualTo(3);
    assertThat(stored(watch)).containsExactly(49, "WATCH", 5);
    assertThat(stored(risk)).containsExactly(5, "AT_RISK", 5);
    assertThat(stored(fresh)).containsExactly(58, "WATCH", 5);
    assertThat(jdbc.sql("select count(*) from health_score where account_id in (:ids)")
        .param("ids", List.of(watch, risk, fresh)).query(Long.class).single()).isEqualTo(3);
    assertThat(jdbc.sql("""
            select c.detail from health_component c join health_score s on s.id = c.score_id
            where s.account_id = :account and c.component = 'support'""")
        .param("account", risk).query(String.class).single())
        .isEqualTo("5 tickets, 2 critical, in the last 30 days");
  }
}
