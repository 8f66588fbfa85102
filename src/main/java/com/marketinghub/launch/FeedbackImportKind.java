package com.marketinghub.launch;

import com.marketinghub.account.AccountRepository;
import com.marketinghub.sync.CsvRow;
import com.marketinghub.sync.ImportColumn;
import com.marketinghub.sync.ImportContext;
import com.marketinghub.sync.ImportKind;
import com.marketinghub.sync.RowOutcome;
import com.marketinghub.sync.RowRejectedException;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** Customer feedback (kind {@code feedback}): rules in {@link FeedbackRow}. */
@Component
class FeedbackImportKind implements ImportKind<FeedbackRow> {

  private static final List<ImportColumn> COLUMNS = List.of(
      ImportColumn.optional("feedbackId", "Feedback ID", "Response ID"),
      ImportColumn.optional("launchId", "Launch ID", "Launch"),
      ImportColumn.optional("featureKey", "Feature", "Feature Key"),
      ImportColumn.optional("accountId", "Account ID", "Company ID"),
      ImportColumn.required("rating", "Rating", "Score", "Stars"),
      ImportColumn.optional("comment", "Comment", "Feedback", "Text"),
      ImportColumn.optional("channel", "Channel", "Source"),
      ImportColumn.optional("receivedAt", "Received", "Received At", "Date", "Submitted At"));

  private final LaunchRepository launches;
  private final AccountRepository accounts;
  private final FeedbackRepository feedback;
  private final Clock clock;

  FeedbackImportKind(LaunchRepository launches, AccountRepository accounts,
      FeedbackRepository feedback, Clock clock) {
    this.launches = launches;
    this.accounts = accounts;
    this.feedback = feedback;
    this.clock = clock;
  }

  @Override
  public String name() {
    return "feedback";
  }

  @Override
  public List<ImportColumn> columns() {
    return COLUMNS;
  }

  @Override
  public FeedbackRow parse(CsvRow row, ImportContext context) throws RowRejectedException {
    List<String> problems = new ArrayList<>();
    FeedbackRow parsed = FeedbackRow.parse(row.get("feedbackId"), row.get("launchId"),
        row.get("featureKey"), row.get("accountId"), row.get("rating"), row.get("comment"),
        row.get("channel"), row.get("receivedAt"), ZonedDateTime.now(clock), launches,
        accounts, problems);
    if (parsed == null) {
      throw new RowRejectedException(String.join("; ", problems));
    }
    return parsed;
  }

  @Override
  public List<RowOutcome> write(List<FeedbackRow> records) {
    return records.stream().map(feedback::save).toList();
  }
}
