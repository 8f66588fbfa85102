package com.marketinghub.health;

import com.marketinghub.account.Account;
import com.marketinghub.account.AccountRepository;
import com.marketinghub.account.AccountSignalRepository;
import com.marketinghub.common.Quarter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Hands a HEALTHY account that outgrows its plan to Sales: using at least the configured share
 * of its seats and renewing soon, it is sent to lead-handoff as Msg_ExpansionRequested, whose
 * first step creates the lead of type EXPANSION; once per account and quarter (recorded in
 * expansion_handoff, and the lead's natural key says account and quarter too).
 */
@Service
class ExpansionLeadStarter {

  static final String SOURCE = "customer-success";
  /** lead-handoff's message and the variables its Task_RegisterExpansionLead reads. */
  static final String MSG_EXPANSION_REQUESTED = "Msg_ExpansionRequested";

  private static final Logger log = LoggerFactory.getLogger(ExpansionLeadStarter.class);

  private final HealthScoreRepository scores;
  private final AccountRepository accounts;
  private final AccountSignalRepository signals;
  private final ExpansionHandoffRepository handoffs;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final HealthCheckProperties properties;
  private final Clock clock;

  ExpansionLeadStarter(HealthScoreRepository scores, AccountRepository accounts,
      AccountSignalRepository signals, ExpansionHandoffRepository handoffs,
      RuntimeService runtimeService, IdentityService identityService,
      HealthCheckProperties properties, Clock clock) {
    this.scores = scores;
    this.accounts = accounts;
    this.signals = signals;
    this.handoffs = handoffs;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.properties = properties;
    this.clock = clock;
  }

  /**
   * The day's healthy accounts renewing within the configured period, with an id above
   * {@code afterId}, at most {@code size}.
   *
   * @return started counts the opportunities handed off; skipped ones (no contact) are logged
   */
  StartChunk startChunk(LocalDate day, Long afterId, int size) {
    List<Long> candidates = scores.healthyRenewing(day,
        day.plus(properties.expansionRenewalWithin()), afterId, size);
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
    Integer seatsUsed = signals.latestSeatsUsed(id, day).orElse(null);
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
    // Under the account's lock, so two checks at once hand the account off once.
    accounts.lock(id);
    if (handoffs.exists(id, quarter)) {
      return false;
    }
    ProcessInstance handoff = runtimeService.createMessageCorrelation(MSG_EXPANSION_REQUESTED)
        .setVariable("expansionSource", SOURCE)
        .setVariable("expansionExternalId", account.accountId() + "/expansion/" + quarter)
        .setVariable("expansionEmail", contact.get())
        .setVariable("expansionCompany", account.name())
        .setVariable("expansionCountry", account.country())
        .setVariable("expansionEmployees", account.employees())
        .setVariable("expansionAccountId", id)
        .correlateStartMessage();
    handoffs.record(id, quarter, handoff.getId(), OffsetDateTime.now(clock));
    if (handoff.isEnded()) {
      // lead-handoff found the opportunity's lead (Error_LeadExists): handed off before.
      log.info("Account {} ({}): its expansion lead for {} exists", account.accountId(),
          account.name(), quarter);
      return false;
    }
    log.info("Account {} ({}) uses {} of {} seats and renews {}: expansion handed to Sales for {}",
        account.accountId(), account.name(), seatsUsed, account.seatsPurchased(),
        account.renewalDate(), quarter);
    return true;
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
