package com.marketinghub.account;

import com.marketinghub.sync.RowOutcome;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * account_signal: one row per account and day. The public methods are the read interface of the
 * accounts' daily activity; only this package writes signals (the import and the signals API).
 */
@Repository
public class AccountSignalRepository {

  private final JdbcClient jdbc;

  AccountSignalRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Stores the day's signals: created, replaced when they differ, or left as they are. */
  RowOutcome save(long accountId, DailySignal signal) {
    List<DailySignal> stored = between(accountId, signal.day(), signal.day());
    if (!stored.isEmpty() && stored.get(0).equals(signal)) {
      return RowOutcome.UNCHANGED;
    }
    String sql = stored.isEmpty() ? """
        insert into account_signal (account_id, signal_day, active_users, seats_used, logins,
            tickets_opened, critical_tickets, nps, usage_events)
        values (:account, :day, :active, :seats, :logins, :tickets, :critical, :nps, :usage)"""
        : """
        update account_signal set active_users = :active, seats_used = :seats,
            logins = :logins, tickets_opened = :tickets, critical_tickets = :critical,
            nps = :nps, usage_events = :usage
        where account_id = :account and signal_day = :day""";
    jdbc.sql(sql).param("account", accountId).param("day", signal.day())
        .param("active", signal.activeUsers()).param("seats", signal.seatsUsed())
        .param("logins", signal.logins()).param("tickets", signal.ticketsOpened())
        .param("critical", signal.criticalTickets()).param("nps", signal.nps())
        .param("usage", signal.usageEvents()).update();
    return stored.isEmpty() ? RowOutcome.CREATED : RowOutcome.UPDATED;
  }

  public List<DailySignal> between(long accountId, LocalDate from, LocalDate to) {
    return jdbc.sql("""
            select signal_day, active_users, seats_used, logins, tickets_opened, critical_tickets,
                nps, usage_events
            from account_signal where account_id = :account and signal_day between :from and :to
            order by signal_day""")
        .param("account", accountId).param("from", from).param("to", to)
        .query((rs, n) -> new DailySignal(rs.getObject(1, LocalDate.class), rs.getInt(2),
            rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6),
            (Integer) rs.getObject(7, Integer.class), rs.getInt(8)))
        .list();
  }

  /** The seats in use by the latest signals of the account on or before {@code day}. */
  public Optional<Integer> latestSeatsUsed(long accountId, LocalDate day) {
    return jdbc.sql("""
            select seats_used from account_signal where account_id = :account
                and signal_day <= :day
            order by signal_day desc fetch first 1 rows only""")
        .param("account", accountId).param("day", day).query(Integer.class).optional();
  }
}
