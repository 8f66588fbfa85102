package com.marketinghub.health;

import com.marketinghub.account.AccountSignalRepository;
import com.marketinghub.support.TestClock;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Accounts and their signals written straight to the tables for the health tests. Each account's
 * id and name carry a tag of the test instance, so tests sharing one database never meet.
 */
final class TestAccounts {

  private final JdbcClient jdbc;
  private final AccountSignalRepository signals;
  private final String tag = UUID.randomUUID().toString().substring(0, 8);

  TestAccounts(JdbcClient jdbc, AccountSignalRepository signals) {
    this.jdbc = jdbc;
    this.signals = signals;
  }

  String tag() {
    return tag;
  }

  /** An account of CSM carl named "name tag" with the CRM id "name-tag". */
  long account(String name, int seats, LocalDate renewal) {
    return account(name, seats, renewal, null, null, null);
  }

  long account(String name, int seats, LocalDate renewal, String country, Integer employees,
      String contact) {
    jdbc.sql("""
            insert into account (external_id, name, plan, seats_purchased, annual_value_minor,
                currency, renewal_date, csm, country, employees, contact_email, updated_at)
            values (:id, :name, 'business', :seats, 1200000, 'EUR', :renewal, 'carl', :country,
                :employees, :contact, :now)""")
        .param("id", name + "-" + tag).param("name", name + " " + tag).param("seats", seats)
        .param("renewal", renewal).param("country", country).param("employees", employees)
        .param("contact", contact).param("now", TestClock.offsetNow()).update();
    return jdbc.sql("select id from account where external_id = :id")
        .param("id", name + "-" + tag).query(Long.class).single();
  }

  /** A day's signals; active users equal the seats used. */
  void signal(long account, LocalDate day, int seats, int tickets, int critical, Integer nps,
      int usage) {
    jdbc.sql("""
            insert into account_signal (account_id, signal_day, active_users, seats_used, logins,
                tickets_opened, critical_tickets, nps, usage_events)
            values (:account, :day, :seats, :seats, 0, :tickets, :critical, :nps, :usage)""")
        .param("account", account).param("day", day).param("seats", seats)
        .param("tickets", tickets).param("critical", critical).param("nps", nps)
        .param("usage", usage).update();
  }
}
