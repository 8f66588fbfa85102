package com.marketinghub.health;

import com.marketinghub.common.Quarter;
import com.marketinghub.lead.LeadService;
import com.marketinghub.lead.NewLead;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Hands a HEALTHY account that outgrows its plan to Sales: using at least the configured share
 * of its seats and renewing soon, it becomes a lead of type EXPANSION in lead-handoff, once per
 * account and quarter (the lead's natural key says account and quarter).
 */
@Service
class ExpansionLeadStarter {

  static final String SOURCE = "customer-success";

  private static final Logger log = LoggerFactory.getLogger(ExpansionLeadStarter.class);

  private final JdbcClient jdbc;
  private final AccountRepository accounts;
  private final LeadService leads;
  private final IdentityService identityService;
  private final HealthCheckProperties properties;

  ExpansionLeadStarter(JdbcClient jdbc, AccountRepository accounts, LeadService leads,
      IdentityService identityService, HealthCheckProperties properties) {
    this.jdbc = jdbc;
    this.accounts = accounts;
    this.leads = leads;
    this.identityService = identityService;
    this.properties = properties;
  }

  /**
   * The day's healthy accounts renewing within the configured period, with an id above
   * {@code afterId}, at most {@code size}.
   *
   * @return started counts the leads created; skipped ones (no contact) are logged
   */
  StartChunk startChunk(LocalDate day, Long afterId, int size) {
    List<Long> candidates = jdbc.sql("""
            select a.id from health_score h join account a on a.id = h.account_id
            where h.score_day = :day and h.band = 'HEALTHY' and not a.churned
                and a.seats_purchased > 0 and a.renewal_date between :day and :until
                and a.id > :after
            order by a.id fetch first :size rows only""")
        .param("day", day).param("until", day.plus(properties.expansionRenewalWithin()))
        .param("after", afterId == null ? 0 : afterId).param("size", size)
        .query(Long.class).list();
    int started = 0;
    for (long id : candidates) {
      if (startIfOutgrowing(id, day)) {
        started++;
      }
    }
    return new StartChunk(candidates.size(), started,
        candidates.isEmpty() ? null : candidates.get(candidates.size() - 1));
  }

  private boolean startIfOutgrowing(long id, LocalDate day) {
    Account account = accounts.get(id);
    Integer seatsUsed = jdbc.sql("""
            select seats_used from account_signal where account_id = :account
                and signal_day <= :day
            order by signal_day desc fetch first 1 rows only""")
        .param("account", id).param("day", day).query(Integer.class).optional().orElse(null);
    if (seatsUsed == null) {
      return false;
    }
    BigDecimal utilisation = BigDecimal.valueOf(seatsUsed)
        .divide(BigDecimal.valueOf(account.seatsPurchased()), 4, RoundingMode.HALF_UP);
    if (utilisation.compareTo(properties.expansionSeatUtilisation()) < 0) {
      return false;
    }
    Optional<String> contact = contact(account);
    if (contact.isEmpty()) {
      log.warn("Account {} ({}) uses {} of {} seats but has no contact e-mail and no CSM with "
          + "one: no expansion lead", account.accountId(), account.name(), seatsUsed,
          account.seatsPurchased());
      return false;
    }
    String quarter = Quarter.of(day);
    // Under the account's lock, so two checks at once create one lead, not a duplicate key.
    accounts.lock(id);
    NewLead lead = new NewLead(SOURCE, account.accountId() + "/expansion/" + quarter,
        contact.get(), null, null, account.name(), account.country(), account.employees(),
        null);
    boolean created = leads.intakeExpansion(lead, id).created();
    if (created) {
      log.info("Account {} ({}) uses {} of {} seats and renews {}: expansion lead for {}",
          account.accountId(), account.name(), seatsUsed, account.seatsPurchased(),
          account.renewalDate(), quarter);
    }
    return created;
  }

  private Optional<String> contact(Account account) {
    if (account.contactEmail() != null && !account.contactEmail().isBlank()) {
      return Optional.of(account.contactEmail());
    }
    if (account.csm() == null) {
      return Optional.empty();
    }
    User csm = identityService.createUserQuery().userId(account.csm()).singleResult();
    return csm == null || csm.getEmail() == null || csm.getEmail().isBlank() ? Optional.empty()
        : Optional.of(csm.getEmail());
  }
}
