package com.marketinghub.health;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads accounts; the accounts import writes them. */
@Repository
public class AccountRepository {

  private final JdbcClient jdbc;

  AccountRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Account> findByAccountId(String accountId) {
    return jdbc.sql("select * from account where external_id = :id").param("id", accountId)
        .query(AccountRepository::map).optional();
  }

  /** The table id of the account with this CRM id. */
  public Optional<Long> idOf(String accountId) {
    return jdbc.sql("select id from account where external_id = :id").param("id", accountId)
        .query(Long.class).optional();
  }

  Account get(long id) {
    return jdbc.sql("select * from account where id = :id").param("id", id)
        .query(AccountRepository::map).single();
  }

  /**
   * Locks the account's row until the transaction ends: whatever is started for an account (a
   * retention play, an expansion lead) is checked and started under this lock, so two health
   * checks running at once take turns per account.
   */
  void lock(long id) {
    jdbc.sql("select id from account where id = :id for update").param("id", id)
        .query(Long.class).single();
  }

  private static Account map(ResultSet rs, int row) throws SQLException {
    return new Account(rs.getLong("id"), rs.getString("external_id"), rs.getString("name"),
        rs.getString("plan"), rs.getInt("seats_purchased"), rs.getLong("annual_value_minor"),
        rs.getString("currency"), rs.getObject("renewal_date", LocalDate.class),
        rs.getString("csm"), rs.getBoolean("churned"), rs.getString("country"),
        (Integer) rs.getObject("employees", Integer.class), rs.getString("contact_email"));
  }
}
