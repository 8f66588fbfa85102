package com.marketinghub.lead;

import com.marketinghub.account.AccountMatch;
import com.marketinghub.account.AccountMatcher;
import com.marketinghub.account.AccountRepository;
import com.marketinghub.account.AccountStanding;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.BadUserRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * A lead's account (docs/lead-handoff.md, "Matching a lead to its account"): matched on
 * Task_ScoreLead, chosen by marketing-ops on Task_ChooseAccount when several accounts match, and
 * shown to the rep who reviews the lead. The match is stored on the lead; the routing reads the
 * owner team of a matched customer.
 */
@Service
class LeadAccounts {

  private static final Logger log = LoggerFactory.getLogger(LeadAccounts.class);
  static final String NONE = "none";
  /** The select's options: a list of label and value, which the listener stores as JSON. */
  static final String VAR_CANDIDATES = "accountCandidates";
  static final int TASK_NAME_MAX = 255;

  private final LeadRepository leads;
  private final AccountMatcher matcher;
  private final AccountRepository accounts;
  private final ObjectProvider<AccountStanding> standing;
  private final LeadAccountProperties teams;
  private final Clock clock;

  LeadAccounts(LeadRepository leads, AccountMatcher matcher, AccountRepository accounts,
      ObjectProvider<AccountStanding> standing, LeadAccountProperties teams, Clock clock) {
    this.leads = leads;
    this.matcher = matcher;
    this.accounts = accounts;
    this.standing = standing;
    this.teams = teams;
    this.clock = clock;
  }

  /**
   * Matches the lead to an account and stores the match; a lead whose account is settled (an
   * expansion lead's, or one marketing-ops chose) keeps it.
   */
  Routing match(long leadId) {
    Lead lead = leads.get(leadId);
    if (settled(lead)) {
      return routing(accounts.candidate(lead.accountId()).orElse(null), false);
    }
    AccountMatch match = matcher.match(lead.email(), lead.company());
    leads.recordAccountMatch(leadId, match.account() == null ? null : match.account().id(),
        match.rule().name(), match.confidence(), OffsetDateTime.now(clock));
    log.info("Lead {} matched to account {} by {} ({} candidates)", leadId,
        match.account() == null ? "none" : match.account().accountId(), match.rule(),
        match.candidates().size());
    return routing(match.account(), match.rule() == AccountMatch.Rule.AMBIGUOUS);
  }

  /**
   * Task_ChooseAccount's name and what its form shows: the lead, the candidates as text, and the
   * select's options (each candidate's CRM id, and {@value #NONE}).
   */
  TaskView prepareChoice(long leadId) {
    Lead lead = leads.get(leadId);
    StringBuilder text = new StringBuilder();
    List<Map<String, String>> options = new ArrayList<>();
    for (AccountMatch.Candidate candidate : candidates(lead)) {
      text.append(candidate.accountId()).append(": ").append(candidate.name())
          .append(candidate.churned() ? " (churned)" : "").append(", owner team ")
          .append(candidate.ownerTeam() == null ? "none" : candidate.ownerTeam()).append('\n');
      options.add(Map.of("label", candidate.name() + " (" + candidate.accountId() + ")",
          "value", candidate.accountId()));
    }
    options.add(Map.of("label", "None of these", "value", NONE));
    Map<String, Object> locals = new LinkedHashMap<>();
    locals.put("accountLead", lead.displayName() + "\n" + lead.email()
        + (lead.company() == null ? "" : "\n" + lead.company()));
    locals.put("accountCandidatesText", text.toString().strip());
    locals.put(VAR_CANDIDATES, options);
    String name = "Choose account: " + lead.displayName()
        + (lead.company() == null ? "" : " (" + lead.company() + ")");
    // A task name holds at most 255 characters (ACT_RU_TASK.NAME_); a name and a company of
    // the lengths a lead allows would make the task's insert fail.
    return new TaskView(name.length() <= TASK_NAME_MAX ? name
        : name.substring(0, TASK_NAME_MAX - 3) + "...", null, locals);
  }

  /** The accounts marketing-ops choose among: as the lead matches now. */
  private List<AccountMatch.Candidate> candidates(Lead lead) {
    return matcher.candidates(lead.email(), lead.company());
  }

  /**
   * Task_ChooseAccount completed: one of the candidates (its CRM id), or {@value #NONE}.
   *
   * @throws BadUserRequestException for anything else: the completion is refused (400)
   */
  Routing choose(long leadId, String choice) {
    if (choice == null || choice.isBlank()) {
      throw new BadUserRequestException("Choose the lead's account, or \"none\"");
    }
    AccountMatch.Candidate chosen = null;
    if (!NONE.equals(choice)) {
      chosen = candidates(leads.get(leadId)).stream()
          .filter(candidate -> candidate.accountId().equals(choice)).findFirst()
          .orElseThrow(() -> new BadUserRequestException(
              "Account " + choice + " is not one of the lead's candidates"));
    }
    leads.recordAccountMatch(leadId, chosen == null ? null : chosen.id(),
        AccountMatch.Rule.CHOSEN.name(),
        chosen == null ? BigDecimal.ZERO.setScale(2) : BigDecimal.ONE.setScale(2),
        OffsetDateTime.now(clock));
    return routing(chosen, false);
  }

  /** What the review form shows of the lead's account, or empty without one. */
  Optional<View> view(Lead lead) {
    if (lead.accountId() == null) {
      return Optional.empty();
    }
    return accounts.candidate(lead.accountId()).map(account -> {
      AccountStanding.Standing stands = standing.getIfAvailable() == null ? null
          : standing.getObject().of(account.id()).orElse(null);
      return new View(account, lead.accountMatchRule(), lead.accountMatchConfidence(),
          stands == null ? null : stands.healthBand(), stands == null ? null : stands.openPlay());
    });
  }

  private static boolean settled(Lead lead) {
    return AccountMatch.Rule.CHOSEN.name().equals(lead.accountMatchRule())
        || (lead.accountMatchRule() == null && lead.accountId() != null);
  }

  /**
   * The owner team routes only when it is one of the Sales teams leads may go to
   * ({@code marketing-hub.lead.account-teams}): the accounts file is Customer Success's, and the
   * group a lead goes to decides who may review it.
   */
  private Routing routing(AccountMatch.Candidate account, boolean ambiguous) {
    String ownerTeam = account == null || account.churned() ? null : account.ownerTeam();
    if (ownerTeam != null && !teams.accountTeams().contains(ownerTeam)) {
      log.warn("Account {} names owner team {}, which is not a Sales team leads may go to "
          + "(marketing-hub.lead.account-teams {}): routed by territory", account.accountId(),
          ownerTeam, teams.accountTeams());
      ownerTeam = null;
    }
    return new Routing(ownerTeam, ambiguous);
  }

  /**
   * @param accountOwnerTeam the owning team of the lead's account when it is a customer (not
   *     churned) with one; null otherwise (the lead-routing decision's input)
   * @param ambiguous several accounts matched: marketing-ops choose
   */
  record Routing(String accountOwnerTeam, boolean ambiguous) {}

  record View(AccountMatch.Candidate account, String rule, BigDecimal confidence,
      String healthBand, String openPlay) {}
}
