package com.marketinghub.health;

import com.marketinghub.account.Account;
import com.marketinghub.account.AccountRepository;
import com.marketinghub.account.AccountSignalRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.IntFunction;
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

  private final AccountRepository accounts;
  private final AccountSignalRepository signals;
  private final HealthScoreRepository scores;
  private final HealthScorer scorer;
  private final HealthBands bands;
  private final TransactionTemplate transaction;
  private final Clock clock;

  HealthScoring(AccountRepository accounts, AccountSignalRepository signals,
      HealthScoreRepository scores, HealthScorer scorer, HealthBands bands,
      PlatformTransactionManager transactions, Clock clock) {
    this.accounts = accounts;
    this.signals = signals;
    this.scores = scores;
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
      List<Account> accounts = this.accounts.lockNotChurned(afterId, size);
      OffsetDateTime now = OffsetDateTime.now(clock);
      IntFunction<String> band = bands.latestBands();
      for (Account account : accounts) {
        HealthScore score = scorer.score(day,
            signals.between(account.id(), day.minusDays(89), day), account.seatsPurchased(),
            account.renewalDate());
        scores.replace(account.id(), day, score, band.apply(score.score()), now);
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
}
