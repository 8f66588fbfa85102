package com.marketinghub.health;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.IntFunction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Scores accounts for a day and stores each score with its band and components, a chunk of
 * accounts per transaction, so that 10,000 accounts never make one huge transaction and a
 * failure loses at most one chunk. Scoring a day again replaces that day's scores. The chunk's
 * accounts stay locked until it commits, so two checks scoring the same day at once take turns
 * instead of colliding on a day's score.
 */
@Service
public class HealthScoring {

  private final JdbcClient jdbc;
  private final AccountSignalRepository signals;
  private final HealthScorer scorer;
  private final HealthBands bands;
  private final TransactionTemplate transaction;
  private final Clock clock;

  HealthScoring(JdbcClient jdbc, AccountSignalRepository signals, HealthScorer scorer,
      HealthBands bands, PlatformTransactionManager transactions, Clock clock) {
    this.jdbc = jdbc;
    this.signals = signals;
    this.scorer = scorer;
    this.bands = bands;
    this.transaction = new TransactionTemplate(transactions);
    this.clock = clock;
  }

  /**
   * Scores the accounts (not churned) with an id above {@code afterId}, at most {@code size}.
   *
   * @return how many were scored and the last account id (null when none was left)
   */
  public Chunk scoreChunk(LocalDate day, Long afterId, int size) {
    return transaction.execute(status -> {
      List<Account> accounts = jdbc.sql("""
              select id, seats_purchased, renewal_date from account
              where not churned and id > :after order by id fetch first :size rows only
              for update""")
          .param("after", afterId == null ? 0 : afterId).param("size", size)
          .query((rs, n) -> new Account(rs.getLong(1), rs.getInt(2),
              rs.getObject(3, LocalDate.class)))
          .list();
      OffsetDateTime now = OffsetDateTime.now(clock);
      IntFunction<String> band = bands.latestBands();
      for (Account account : accounts) {
        HealthScore score = scorer.score(day,
            signals.between(account.id(), day.minusDays(89), day), account.seats(),
            account.renewal());
        store(account.id(), day, score, band.apply(score.score()), now);
      }
      return new Chunk(accounts.size(),
          accounts.isEmpty() ? null : accounts.get(accounts.size() - 1).id());
    });
  }

  /** @param lastId the last account id of the chunk, null when it was empty */
  public record Chunk(int scored, Long lastId) {}

  /** Every account, chunk by chunk; returns how many were scored. */
  public int scoreAll(LocalDate day, int chunkSize) {
    int scored = 0;
    Chunk chunk = scoreChunk(day, null, chunkSize);
    while (chunk.lastId() != null) {
      scored += chunk.scored();
      chunk = scoreChunk(day, chunk.lastId(), chunkSize);
    }
    return scored;
  }

  private void store(long accountId, LocalDate day, HealthScore score, String band,
      OffsetDateTime now) {
    jdbc.sql("""
            delete from health_component where score_id in
                (select id from health_score where account_id = :account and score_day = :day)""")
        .param("account", accountId).param("day", day).update();
    jdbc.sql("delete from health_score where account_id = :account and score_day = :day")
        .param("account", accountId).param("day", day).update();
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            insert into health_score (account_id, score_day, score, band, scored_at)
            values (:account, :day, :score, :band, :now)""")
        .param("account", accountId).param("day", day).param("score", score.score())
        .param("band", band).param("now", now).update(key, "id");
    long scoreId = key.getKey().longValue();
    for (HealthScore.Component component : score.components()) {
      jdbc.sql("""
              insert into health_component (score_id, component, component_value, weight,
                  detail)
              values (:score, :component, :value, :weight, :detail)""")
          .param("score", scoreId).param("component", component.name())
          .param("value", component.value()).param("weight", component.weight())
          .param("detail", component.detail()).update();
    }
  }

  private record Account(long id, int seats, LocalDate renewal) {}
}
