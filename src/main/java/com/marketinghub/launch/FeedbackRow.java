package com.marketinghub.launch;

import com.marketinghub.account.AccountRepository;
import com.marketinghub.sync.RowValues;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.List;

/**
 * One piece of customer feedback, checked the same way for a CSV row and for POST
 * /api/feedback: a rating 1 to 5, about a launch or a feature key (or both), optionally from a
 * known account. Its natural key is the source's feedback id, else a digest of its values, so
 * the same feedback imported twice is stored once.
 */
record FeedbackRow(String naturalKey, Long launchId, String featureKey, Long accountId,
    int rating, String comment, String channel, OffsetDateTime receivedAt) {

  static final String DEFAULT_CHANNEL = "import";

  /** The row, or null with every problem added to {@code problems}. */
  static FeedbackRow parse(String feedbackId, String launchId, String featureKey,
      String accountId, String rating, String comment, String channel, String receivedAt,
      ZonedDateTime now, LaunchRepository launches, AccountRepository accounts,
      List<String> problems) {
    Long launch = null;
    if (launchId != null) {
      try {
        launch = Long.parseLong(launchId.trim());
        if (!launches.exists(launch)) {
          problems.add("no launch " + launchId);
        }
      } catch (NumberFormatException e) {
        problems.add("launchId '" + launchId + "' is not a launch id");
      }
    }
    if (launchId == null && featureKey == null) {
      problems.add("launchId or featureKey is required: what the feedback is about");
    }
    if (featureKey != null && featureKey.length() > 100) {
      problems.add("featureKey must be at most 100 characters");
    }
    Long account = null;
    if (accountId != null) {
      account = accounts.idOf(accountId.trim()).orElse(null);
      if (account == null) {
        problems.add("no account " + accountId);
      }
    }
    Integer stars = null;
    if (RowValues.required("rating", rating, 10, problems) != null) {
      try {
        stars = Integer.parseInt(rating.trim());
        if (stars < 1 || stars > 5) {
          problems.add("rating " + stars + " is not between 1 and 5");
        }
      } catch (NumberFormatException e) {
        problems.add("rating '" + rating + "' is not a whole number from 1 to 5");
      }
    }
    if (comment != null && comment.length() > 4000) {
      problems.add("comment must be at most 4000 characters");
    }
    String source = channel == null ? DEFAULT_CHANNEL : channel.trim();
    if (source.length() > 50) {
      problems.add("channel must be at most 50 characters");
    }
    OffsetDateTime received = receivedAt == null ? now.toOffsetDateTime()
        : instant(receivedAt, now.getZone(), problems);
    if (feedbackId != null && feedbackId.length() > 200) {
      problems.add("feedbackId must be at most 200 characters");
    }
    if (!problems.isEmpty()) {
      return null;
    }
    String key = feedbackId != null ? "id:" + feedbackId.trim()
        : "digest:" + digest(launch + "|" + featureKey + "|" + accountId + "|" + stars + "|"
            + comment + "|" + source + "|" + (receivedAt == null ? "" : received));
    return new FeedbackRow(key, launch, featureKey == null ? null : featureKey.trim(), account,
        stars, comment, source, received);
  }

  /** An ISO date-time with offset, or a date (its start in the business zone). */
  private static OffsetDateTime instant(String value, ZoneId zone, List<String> problems) {
    try {
      return OffsetDateTime.parse(value.trim());
    } catch (DateTimeParseException e) {
      try {
        return LocalDate.parse(value.trim()).atStartOfDay(zone).toOffsetDateTime();
      } catch (DateTimeParseException again) {
        problems.add("receivedAt '" + value + "' is not a date (YYYY-MM-DD) or an ISO 8601 "
            + "date-time with offset");
        return null;
      }
    }
  }

  private static String digest(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
