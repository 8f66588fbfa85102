package com.marketinghub.health;

import com.marketinghub.security.Groups;
import com.marketinghub.security.RequiresGroup;
import com.marketinghub.sync.RowOutcome;
import com.marketinghub.web.FieldErrors;
import com.marketinghub.web.NotFoundException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Account signals in, health and at-risk accounts out; {id} is the CRM's account id. */
@RestController
@RequiresGroup({Groups.CUSTOMER_SUCCESS, Groups.CUSTOMER_SUCCESS_MANAGERS, Groups.MARKETING_OPS})
class AccountHealthController {

  private final AccountRepository accounts;
  private final AccountSignalRepository signals;
  private final HealthHistory history;
  private final JdbcClient jdbc;

  AccountHealthController(AccountRepository accounts, AccountSignalRepository signals,
      HealthHistory history, JdbcClient jdbc) {
    this.accounts = accounts;
    this.signals = signals;
    this.history = history;
    this.jdbc = jdbc;
  }

  /** One day's signals of the account: 201 when new, 200 when replaced or the same. */
  @PostMapping("/api/accounts/{id}/signals")
  @Transactional
  ResponseEntity<SignalSaved> addSignals(@PathVariable String id,
      @RequestBody SignalRequest request) {
    Account account = account(id);
    FieldErrors errors = new FieldErrors().require("day", request.day());
    nonNegative(errors, "activeUsers", request.activeUsers());
    nonNegative(errors, "seatsUsed", request.seatsUsed());
    nonNegative(errors, "logins", request.logins());
    nonNegative(errors, "ticketsOpened", request.ticketsOpened());
    nonNegative(errors, "criticalTickets", request.criticalTickets());
    nonNegative(errors, "usageEvents", request.usageEvents());
    if (request.nps() != null && (request.nps() < 0 || request.nps() > 10)) {
      errors.reject("nps", "must be between 0 and 10, was " + request.nps());
    }
    if (zero(request.criticalTickets()) > zero(request.ticketsOpened())) {
      errors.reject("criticalTickets", "is more than ticketsOpened");
    }
    errors.throwIfAny("account signals");
    DailySignal signal = new DailySignal(request.day(), zero(request.activeUsers()),
        zero(request.seatsUsed()), zero(request.logins()), zero(request.ticketsOpened()),
        zero(request.criticalTickets()), request.nps(), zero(request.usageEvents()));
    RowOutcome outcome = signals.save(account.id(), signal);
    return ResponseEntity.status(outcome == RowOutcome.CREATED ? HttpStatus.CREATED : HttpStatus.OK)
        .body(new SignalSaved(account.accountId(), request.day(), outcome));
  }

  /** The latest {@code days} scores (default 30) with their components, newest first. */
  @GetMapping("/api/accounts/{id}/health")
  AccountHealth health(@PathVariable String id,
      @RequestParam(defaultValue = "30") int days) {
    if (days < 1 || days > 366) {
      new FieldErrors().reject("days", "must be between 1 and 366, was " + days)
          .throwIfAny("health history");
    }
    Account account = account(id);
    List<HealthHistory.DayScore> scores = history.latest(account.id(), days);
    return new AccountHealth(account.accountId(), account.name(), account.plan(), account.csm(),
        account.churned(), scores.isEmpty() ? null : scores.get(0).score(),
        scores.isEmpty() ? null : scores.get(0).band(), openPlay(account.id()), scores);
  }

  /** Accounts whose latest score is AT_RISK (not churned), lowest score first. */
  @GetMapping("/api/accounts/at-risk")
  List<AtRiskAccount> atRisk() {
    return jdbc.sql("""
            select a.external_id, a.name, a.csm, a.renewal_date, h.score_day, h.score,
                p.id, p.type, p.started_at, p.process_instance_id
            from health_score h join account a on a.id = h.account_id
                left join retention_play p on p.open_account_id = a.id
            where not a.churned and h.band = 'AT_RISK' and h.score_day =
                (select max(l.score_day) from health_score l where l.account_id = h.account_id)
            order by h.score, a.external_id""")
        .query((rs, n) -> new AtRiskAccount(rs.getString(1), rs.getString(2), rs.getString(3),
            rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), rs.getInt(6),
            rs.getObject(7) == null ? null : new OpenPlay(rs.getLong(7), rs.getString(8),
                rs.getObject(9, OffsetDateTime.class), rs.getString(10))))
        .list();
  }

  private OpenPlay openPlay(long accountId) {
    return jdbc.sql("""
            select id, type, started_at, process_instance_id from retention_play
            where open_account_id = :account""")
        .param("account", accountId)
        .query((rs, n) -> new OpenPlay(rs.getLong(1), rs.getString(2),
            rs.getObject(3, OffsetDateTime.class), rs.getString(4)))
        .optional().orElse(null);
  }

  private Account account(String id) {
    return accounts.findByAccountId(id)
        .orElseThrow(() -> new NotFoundException("No account with id " + id));
  }

  private static void nonNegative(FieldErrors errors, String field, Integer value) {
    if (value != null && value < 0) {
      errors.reject(field, "must be 0 or more, was " + value);
    }
  }

  private static int zero(Integer value) {
    return value == null ? 0 : value;
  }

  record SignalRequest(LocalDate day, Integer activeUsers, Integer seatsUsed, Integer logins,
      Integer ticketsOpened, Integer criticalTickets, Integer nps, Integer usageEvents) {}

  record SignalSaved(String accountId, LocalDate day, RowOutcome outcome) {}

  record OpenPlay(long playId, String type, OffsetDateTime startedAt,
      String processInstanceId) {}

  record AccountHealth(String accountId, String name, String plan, String csm, boolean churned,
      Integer score, String band, OpenPlay openPlay, List<HealthHistory.DayScore> history) {}

  record AtRiskAccount(String accountId, String name, String csm, LocalDate renewalDate,
      LocalDate scoreDay, int score, OpenPlay openPlay) {}
}
