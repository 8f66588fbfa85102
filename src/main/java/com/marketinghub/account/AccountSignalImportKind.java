package com.marketinghub.account;

import com.marketinghub.sync.CsvRow;
import com.marketinghub.sync.ImportColumn;
import com.marketinghub.sync.ImportContext;
import com.marketinghub.sync.ImportKind;
import com.marketinghub.sync.RowOutcome;
import com.marketinghub.sync.RowRejectedException;
import com.marketinghub.sync.RowValues;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * An account's signals of one day as CSV rows (kind {@code account-signals}); natural key:
 * account and day. The account must be known (kind {@code accounts} first); missing counts are 0.
 */
@Component
class AccountSignalImportKind implements ImportKind<AccountSignalImportKind.SignalRow> {

  private static final List<ImportColumn> COLUMNS = List.of(
      ImportColumn.required("accountId", "Account ID", "Company ID"),
      ImportColumn.required("day", "Date", "Day"),
      ImportColumn.optional("activeUsers", "Active Users"),
      ImportColumn.optional("seatsUsed", "Seats Used"),
      ImportColumn.optional("logins", "Logins"),
      ImportColumn.optional("ticketsOpened", "Tickets Opened", "Tickets"),
      ImportColumn.optional("criticalTickets", "Critical Tickets"),
      ImportColumn.optional("nps", "NPS", "NPS Score"),
      ImportColumn.optional("usageEvents", "Usage Events", "Events"));

  private final AccountRepository accounts;
  private final AccountSignalRepository signals;

  AccountSignalImportKind(AccountRepository accounts, AccountSignalRepository signals) {
    this.accounts = accounts;
    this.signals = signals;
  }

  @Override
  public String name() {
    return "account-signals";
  }

  @Override
  public List<ImportColumn> columns() {
    return COLUMNS;
  }

  @Override
  public SignalRow parse(CsvRow row, ImportContext context) throws RowRejectedException {
    List<String> problems = new ArrayList<>();
    Long accountId = null;
    if (row.get("accountId") != null) {
      accountId = accounts.idOf(row.get("accountId")).orElse(null);
      if (accountId == null) {
        problems.add("no account " + row.get("accountId") + "; import accounts first");
      }
    }
    var day = RowValues.date("day", row.get("day"), problems);
    Integer nps = null;
    if (row.get("nps") != null) {
      nps = RowValues.count("nps", row.get("nps"), problems);
      if (nps > 10) {
        problems.add("nps " + nps + " is not between 0 and 10");
      }
    }
    DailySignal signal = new DailySignal(day,
        RowValues.count("activeUsers", row.get("activeUsers"), problems),
        RowValues.count("seatsUsed", row.get("seatsUsed"), problems),
        RowValues.count("logins", row.get("logins"), problems),
        RowValues.count("ticketsOpened", row.get("ticketsOpened"), problems),
        RowValues.count("criticalTickets", row.get("criticalTickets"), problems),
        nps, RowValues.count("usageEvents", row.get("usageEvents"), problems));
    if (signal.criticalTickets() > signal.ticketsOpened()) {
      problems.add("criticalTickets " + signal.criticalTickets() + " is more than ticketsOpened "
          + signal.ticketsOpened());
    }
    if (!problems.isEmpty()) {
      throw new RowRejectedException(String.join("; ", problems));
    }
    return new SignalRow(accountId, signal);
  }

  @Override
  public List<RowOutcome> write(List<SignalRow> records) {
    List<RowOutcome> outcomes = new ArrayList<>(records.size());
    for (SignalRow row : records) {
      outcomes.add(signals.save(row.accountId(), row.signal()));
    }
    return outcomes;
  }

  record SignalRow(long accountId, DailySignal signal) {}
}
