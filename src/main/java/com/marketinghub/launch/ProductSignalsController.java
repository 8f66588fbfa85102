package com.marketinghub.launch;

import com.marketinghub.launch.ProductSignalService.FeedbackSaved;
import com.marketinghub.launch.ProductSignalService.UsageSaved;
import com.marketinghub.sync.RowOutcome;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** One day of feature usage, one piece of feedback: the API twins of the two CSV kinds. */
@RestController
class ProductSignalsController {

  private final ProductSignalService signals;

  ProductSignalsController(ProductSignalService signals) {
    this.signals = signals;
  }

  /** 201 when new, 200 when replaced or the same. */
  @PostMapping("/api/feature-usage")
  ResponseEntity<UsageSaved> usage(@RequestBody UsageRequest request) {
    UsageSaved saved = signals.saveUsage(request.accountId(), request.featureKey(), request.day(),
        text(request.activeUsers()), text(request.events()));
    return ResponseEntity.status(status(saved.outcome())).body(saved);
  }

  /** 201 with the feedback's id; the same feedback again (same feedbackId or values): 200. */
  @PostMapping("/api/feedback")
  ResponseEntity<FeedbackSaved> feedback(@RequestBody FeedbackRequest request) {
    FeedbackSaved saved = signals.saveFeedback(request.feedbackId(), text(request.launchId()),
        request.featureKey(), request.accountId(), text(request.rating()), request.comment(),
        request.channel(), request.receivedAt());
    return ResponseEntity.status(status(saved.outcome())).body(saved);
  }

  private static HttpStatus status(RowOutcome outcome) {
    return outcome == RowOutcome.CREATED ? HttpStatus.CREATED : HttpStatus.OK;
  }

  /** The body's numbers (a rating may come as 4 or "4") as the text the row checks read. */
  private static String text(Object value) {
    return value == null ? null : value.toString();
  }

  record UsageRequest(String accountId, String featureKey, String day, Integer activeUsers,
      Integer events) {}

  record FeedbackRequest(String feedbackId, Long launchId, String featureKey, String accountId,
      Object rating, String comment, String channel, String receivedAt) {}
}
