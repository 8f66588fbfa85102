package com.marketinghub.lead;

import java.util.List;

/** The review form's choices, as the form and the API spell them. */
final class ReviewDecision {

  static final String ACCEPT = "accept";
  static final String REJECT = "reject";
  static final String RECYCLE = "recycle";
  static final List<String> DECISIONS = List.of(ACCEPT, REJECT, RECYCLE);
  static final String OTHER = "other";
  static final List<String> REJECT_REASONS =
      List.of("not_a_fit", "no_budget", "duplicate", "bad_contact_data", OTHER);

  private ReviewDecision() {}

  /** What is wrong with a review's fields, or null when they are complete. */
  static String problem(String decision, String reason, String comment) {
    if (decision == null || !DECISIONS.contains(decision)) {
      return "decision must be one of " + DECISIONS + ", was " + decision;
    }
    if (REJECT.equals(decision)) {
      if (reason == null || !REJECT_REASONS.contains(reason)) {
        return "a rejection needs rejectReason, one of " + REJECT_REASONS + ", was " + reason;
      }
      if (OTHER.equals(reason) && (comment == null || comment.isBlank())) {
        return "rejectReason 'other' needs a rejectComment saying why";
      }
    }
    return null;
  }
}
