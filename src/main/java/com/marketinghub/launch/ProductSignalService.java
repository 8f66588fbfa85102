package com.marketinghub.launch;

import com.marketinghub.account.AccountRepository;
import com.marketinghub.sync.RowOutcome;
import com.marketinghub.common.BadRequestException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Feature usage and feedback sent one at a time over the API, checked by the same rules as their
 * CSV rows ({@link FeatureUsageRow}, {@link FeedbackRow}).
 */
@Service
class ProductSignalService {

  /** The channel of feedback that does not name one: it came through the API. */
  static final String API_CHANNEL = "api";

  private final AccountRepository accounts;
  private final LaunchRepository launches;
  private final FeatureUsageRepository usage;
  private final FeedbackRepository feedback;
  private final Clock clock;

  ProductSignalService(AccountRepository accounts, LaunchRepository launches,
      FeatureUsageRepository usage, FeedbackRepository feedback, Clock clock) {
    this.accounts = accounts;
    this.launches = launches;
    this.usage = usage;
    this.feedback = feedback;
    this.clock = clock;
  }

  /**
   * Creates or replaces the account's use of the feature on the day.
   *
   * @throws BadRequestException listing every problem of the values
   */
  @Transactional
  UsageSaved saveUsage(String accountId, String featureKey, String day, String activeUsers,
      String events) {
    List<String> problems = new ArrayList<>();
    FeatureUsageRow row = FeatureUsageRow.parse(accountId, featureKey, day, activeUsers, events,
        accounts, problems);
    if (row == null) {
      throw new BadRequestException("Invalid feature usage: " + String.join("; ", problems));
    }
    RowOutcome outcome = usage.save(row.accountId(), row.featureKey(), row.day(),
        row.activeUsers(), row.events());
    return new UsageSaved(accountId, row.featureKey(), row.day(), outcome);
  }

  /**
   * Stores the feedback once: the same feedback again (same feedbackId or values) is not doubled.
   *
   * @param channel where it came from; null for {@value #API_CHANNEL}
   * @throws BadRequestException listing every problem of the values
   */
  @Transactional
  FeedbackSaved saveFeedback(String feedbackId, String launchId, String featureKey,
      String accountId, String rating, String comment, String channel, String receivedAt) {
    List<String> problems = new ArrayList<>();
    FeedbackRow row = FeedbackRow.parse(feedbackId, launchId, featureKey, accountId, rating,
        comment, channel == null ? API_CHANNEL : channel, receivedAt, ZonedDateTime.now(clock),
        launches, accounts, problems);
    if (row == null) {
      throw new BadRequestException("Invalid feedback: " + String.join("; ", problems));
    }
    RowOutcome outcome = feedback.save(row);
    return new FeedbackSaved(feedback.idOf(row.naturalKey()).orElseThrow(), outcome);
  }

  /** @param accountId as the caller sent it */
  record UsageSaved(String accountId, String featureKey, LocalDate day, RowOutcome outcome) {}

  record FeedbackSaved(long id, RowOutcome outcome) {}
}
