package com.marketinghub.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The account table. Its public methods are the read interface every domain may use (accounts
 * are reference data); only this package writes accounts, through the accounts import.
 */
@Repository
public class AccountRepository {

  private final JdbcClient jdbc;

  AccountRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Account> findByAccountId(String accountId) {
    return jdbc.sql("select * from account where external_id = :id").param("id", accountId)
        .query(AccountRepository::map).optional();
  }

  /** The table id of the account with this CRM id. */
  public Optional<Long> idOf(String accountId) {
    return jdbc.sql("select id from account where external_id = :id").param("id", accountId)
        .query(Long.class).optional();
  }

  public Account get(long id) {
    return jdbc.sql("select * from account where id = :id").param("id", id)
        .query(AccountRepository::map).single();
  }

  /**
   * Locks the account's row until the transaction ends: whatever is started for an account (a
   * retention play, an expansion lead) is checked and started under this lock, so two health
   * checks running at once take turns per account.
   */
  public void lock(long id) {
    jdbc.sql("select id from account where id = :id for update").param("id", id)
        .query(Long.class).single();
  }

  /**
   * The accounts, not churned, with an id above {@code afterId}, at most {@code size}, by id,
   * locked until the transaction ends (a chunk of the daily scoring).
   */
  public List<Account> lockNotChurned(Long afterId, int size) {
    return jdbc.sql("""
            select * from account
            where not churned and id > :after order by id fetch first :size rows only
            for update""")
        .param("after", afterId == null ? 0 : afterId).param("size", size)
        .query(AccountRepository::map).list();
  }

  /** The CSMs (user ids) of the accounts, not churned, whose plan is one of {@code plans}. */
  public List<String> csmsOnPlans(List<String> plans) {
    return jdbc.sql("""
            select distinct csm from account
            where not churned and lower(plan) in (:plans) and csm is not null order by csm""")
        .param("plans", plans).query(String.class).list();
  }

  /** The accounts, not churned, whose plan is one of {@code plans} (lower case), by CRM id. */
  public void forEachOnPlans(List<String> plans, Consumer<Account> account) {
    jdbc.sql("""
            select * from account where not churned and lower(plan) in (:plans)
            order by external_id""")
        .param("plans", plans).query(rs -> {
          account.accept(map(rs, 0));
        });
  }

  Optional<AccountRow> findRow(String accountId) {
    return jdbc.sql("""
            select external_id, name, plan, seats_purchased, annual_value_minor, currency,
                renewal_date, csm, churned, country, employees, contact_email, owner_team, id
            from account where external_id = :id""")
        .param("id", accountId)
        .query((rs, n) -> new AccountRow(rs.getString(1), rs.getString(2), rs.getString(3),
            rs.getInt(4), rs.getLong(5), rs.getString(6), rs.getObject(7, LocalDate.class),
            rs.getString(8), rs.getBoolean(9), rs.getString(10),
            (Integer) rs.getObject(11, Integer.class), rs.getString(12),
            domainsOf(rs.getLong(14)), rs.getString(13)))
        .optional();
  }

  private List<String> domainsOf(long id) {
    return jdbc.sql("select domain from account_domain where account_id = :id order by domain")
        .param("id", id).query(String.class).list();
  }

  /** The accounts with this e-mail domain among theirs (lower case), by CRM id. */
  public List<AccountMatch.Candidate> withDomain(String domain) {
    return jdbc.sql("""
            select a.id, a.external_id, a.name, a.owner_team, a.churned
            from account_domain d join account a on a.id = d.account_id
            where d.domain = :domain order by a.external_id fetch first 20 rows only""")
        .param("domain", domain).query(AccountRepository::candidate).list();
  }

  /** The accounts whose name has this key ({@link AccountNames#key}), by CRM id. */
  public List<AccountMatch.Candidate> withNameKey(String key) {
    return jdbc.sql("""
            select id, external_id, name, owner_team, churned from account
            where name_key = :key order by external_id fetch first 20 rows only""")
        .param("key", key).query(AccountRepository::candidate).list();
  }

  /** An account as matching sees it, by its CRM id. */
  public Optional<AccountMatch.Candidate> candidate(String accountId) {
    return jdbc.sql("""
            select id, external_id, name, owner_team, churned from account
            where external_id = :id""")
        .param("id", accountId).query(AccountRepository::candidate).optional();
  }

  /** Accounts imported before names had keys: at most {@code size} of them, id and name. */
  List<Map.Entry<Long, String>> withoutNameKey(int size) {
    return jdbc.sql("""
            select id, name from account where name_key is null and name is not null
            order by id fetch first :size rows only""")
        .param("size", size)
        .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list();
  }

  void setNameKey(long id, String key) {
    // An account whose name has no key keeps a blank one, so it is not picked up again.
    jdbc.sql("update account set name_key = :key where id = :id")
        .param("key", key == null ? "" : key).param("id", id).update();
  }

  /** The account's domains become these (the account found by its CRM id). */
  private void replaceDomains(String accountId, List<String> domains) {
    jdbc.sql("""
            delete from account_domain
            where account_id = (select id from account where external_id = :account)""")
        .param("account", accountId).update();
    for (String domain : domains) {
      jdbc.sql("""
              insert into account_domain (account_id, domain)
              select id, :domain from account where external_id = :account""")
          .param("account", accountId).param("domain", domain).update();
    }
  }

  private static AccountMatch.Candidate candidate(ResultSet rs, int row) throws SQLException {
    return new AccountMatch.Candidate(rs.getLong(1), rs.getString(2), rs.getString(3),
        rs.getString(4), rs.getBoolean(5));
  }

  void insert(AccountRow account, OffsetDateTime now) {
    write("""
        insert into account (external_id, name, plan, seats_purchased, annual_value_minor,
            currency, renewal_date, csm, churned, country, employees, contact_email,
            owner_team, name_key, updated_at)
        values (:id, :name, :plan, :seats, :value, :currency, :renewal, :csm, :churned,
            :country, :employees, :contact, :ownerTeam, :nameKey, :now)""", account, now);
    replaceDomains(account.accountId(), account.domains());
  }

  /** The account takes the row's values; its domains are rewritten only when they changed. */
  void update(AccountRow account, List<String> storedDomains, OffsetDateTime now) {
    write("""
        update account set name = :name, plan = :plan, seats_purchased = :seats,
            annual_value_minor = :value, currency = :currency, renewal_date = :renewal,
            csm = :csm, churned = :churned, country = :country, employees = :employees,
            contact_email = :contact, owner_team = :ownerTeam, name_key = :nameKey,
            updated_at = :now
        where external_id = :id""", account, now);
    if (!storedDomains.equals(account.domains())) {
      replaceDomains(account.accountId(), account.domains());
    }
  }

  private void write(String sql, AccountRow account, OffsetDateTime now) {
    jdbc.sql(sql).param("id", account.accountId()).param("name", account.name())
        .param("plan", account.plan()).param("seats", account.seatsPurchased())
        .param("value", account.annualValue()).param("currency", account.currency())
        .param("renewal", account.renewalDate()).param("csm", account.csm())
        .param("churned", account.churned()).param("country", account.country())
        .param("employees", account.employees()).param("contact", account.contactEmail())
        .param("ownerTeam", account.ownerTeam())
        .param("nameKey", Objects.requireNonNullElse(AccountNames.key(account.name()), ""))
        .param("now", now).update();
  }

  private static Account map(ResultSet rs, int row) throws SQLException {
    return new Account(rs.getLong("id"), rs.getString("external_id"), rs.getString("name"),
        rs.getString("plan"), rs.getInt("seats_purchased"), rs.getLong("annual_value_minor"),
        rs.getString("currency"), rs.getObject("renewal_date", LocalDate.class),
        rs.getString("csm"), rs.getBoolean("churned"), rs.getString("country"),
        (Integer) rs.getObject("employees", Integer.class), rs.getString("contact_email"));
  }
}
