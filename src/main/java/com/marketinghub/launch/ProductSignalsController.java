package com.marketinghub.launch;

import com.marketinghub.account.AccountRepository;
import com.marketinghub.security.Groups;
import com.marketinghub.security.RequiresGroup;
import com.marketinghub.sync.RowOutcome;
import com.marketinghub.web.BadRequestException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** One day of feature usage, one piece of feedback: the API twins of the two CSV kinds. */
@RestController
class ProductSignalsController {

  private final AccountRepository accounts;
  private final LaunchRepository launches;
  private final FeatureUsageRepository usage;
  private final FeedbackRepository feedback;
  private final Clock clock;

  ProductSignalsController(AccountRepository accounts, LaunchRepository launches,
      FeatureUsageRepository usage, FeedbackRepository feedback, Clock clock) {
    this.accounts = accounts;
    this.launches = launches;
    this.usage = usage;
    this.feedback = feedback;
    this.clock = clock;
  }

  /** 201 when new, 200 when replaced or the same. */
  @PostMapping("/api/feature-usage")
  @RequiresGroup({Groups.PRODUCT, Groups.MARKETING_OPS})
  @Transactional
  ResponseEntity<UsageSaved> usage(@RequestBody UsageRequest request) {
    List<String> problems = new ArrayList<>();
    FeatureUsageRow row = FeatureUsageRow.parse(request.accountId(), request.featureKey(),
        request.day(), text(request.activeUsers()), text(request.events()), accounts,
        problems);
    if (row == null) {
      throw new BadRequestException("Invalid feature usage: " + String.join("; ", problems));
    }
    RowOutcome outcome = usage.save(row.accountId(), row.featureKey(), row.day(),
        row.activeUsers(), row.events());
    return ResponseEntity.status(outcome == RowOutcome.CREATED ? HttpStatus.CREATED : HttpStatus.OK)
        .body(new UsageSaved(request.accountId(), row.featureKey(), row.day(), outcome));
  }

  /** 201 with the feedback's id; the same feedback again (same feedbackId or values): 200. */
  @PostMapping("/api/feedback")
  @RequiresGroup({Groups.PRODUCT, Groups.MARKETING_OPS, Groups.CUSTOMER_SUCCESS})
  @Transactional
  ResponseEntity<FeedbackSaved> feedback(@RequestBody FeedbackRequest request) {
    List<String> problems = new ArrayList<>();
    FeedbackRow row = FeedbackRow.parse(request.feedbackId(), text(request.launchId()),
        request.featureKey(), request.accountId(), text(request.rating()), request.comment(),
        request.channel() == null ? "api" : request.channel(), request.receivedAt(),
        ZonedDateTime.now(clock), launches, accounts, problems);
    if (row == null) {
      throw new BadRequestException("Invalid feedback: " + String.join("; ", problems));
    }
    RowOutcome outcome = feedback.save(row);
    return ResponseEntity.status(outcome == RowOutcome.CREATED ? HttpStatus.CREATED : HttpStatus.OK)
        .body(new FeedbackSaved(feedback.idOf(row.naturalKey()).orElseThrow(), outcome));
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }

  record UsageRequest(String accountId, String featureKey, String day, Integer activeUsers,
      Integer events) {}

  record UsageSaved(String accountId, String featureKey, LocalDate day, RowOutcome outcome) {}

  record FeedbackRequest(String feedbackId, Long launchId, String featureKey, String accountId,
      Object rating, String comment, String channel, String receivedAt) {}

  record FeedbackSaved(long id, RowOutcome outcome) {}
}
