package com.marketinghub.account;

import com.marketinghub.sync.RowOutcome;
import com.marketinghub.common.FieldErrors;
import com.marketinghub.common.NotFoundException;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** One day's signals of an account, sent over the API; the same rules as the signals import. */
@Service
class AccountSignalService {

  private final AccountRepository accounts;
  private final AccountSignalRepository signals;

  AccountSignalService(AccountRepository accounts, AccountSignalRepository signals) {
    this.accounts = accounts;
    this.signals = signals;
  }

  /** Stores the day's signals of the account with this CRM id: created, replaced or unchanged. */
  @Transactional
  RowOutcome save(String accountId, SignalInput input) {
    Account account = accounts.findByAccountId(accountId)
        .orElseThrow(() -> new NotFoundException("No account with id " + accountId));
    FieldErrors errors = new FieldErrors().require("day", input.day());
    nonNegative(errors, "activeUsers", input.activeUsers());
    nonNegative(errors, "seatsUsed", input.seatsUsed());
    nonNegative(errors, "logins", input.logins());
    nonNegative(errors, "ticketsOpened", input.ticketsOpened());
    nonNegative(errors, "criticalTickets", input.criticalTickets());
    nonNegative(errors, "usageEvents", input.usageEvents());
    if (input.nps() != null && (input.nps() < 0 || input.nps() > 10)) {
      errors.reject("nps", "must be between 0 and 10, was " + input.nps());
    }
    if (zero(input.criticalTickets()) > zero(input.ticketsOpened())) {
      errors.reject("criticalTickets", "is more than ticketsOpened");
    }
    errors.throwIfAny("account signals");
    return signals.save(account.id(), new DailySignal(input.day(), zero(input.activeUsers()),
        zero(input.seatsUsed()), zero(input.logins()), zero(input.ticketsOpened()),
        zero(input.criticalTickets()), input.nps(), zero(input.usageEvents())));
  }

  private static void nonNegative(FieldErrors errors, String field, Integer value) {
    if (value != null && value < 0) {
      errors.reject(field, "must be 0 or more, was " + value);
    }
  }

  private static int zero(Integer value) {
    return value == null ? 0 : value;
  }

  /** The signals API's body; absent counts are 0, an absent NPS means no answer. */
  record SignalInput(LocalDate day, Integer activeUsers, Integer seatsUsed, Integer logins,
      Integer ticketsOpened, Integer criticalTickets, Integer nps, Integer usageEvents) {}
}
