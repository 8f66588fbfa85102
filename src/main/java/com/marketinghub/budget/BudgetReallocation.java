package com.marketinghub.budget;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.marketinghub.common.ConflictException;
import com.marketinghub.common.FieldErrors;
import com.marketinghub.common.Money;
import com.marketinghub.common.Quarter;
import com.marketinghub.process.AsApplication;
import com.marketinghub.security.GroupMembers;
import com.marketinghub.security.Groups;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of budget-reallocation (docs/budget.md, "Quarterly reallocation"): the proposal
 * computed after a quarter closes, Finance's review and decision, and the accepted figures
 * written as the next quarter's plans through {@link BudgetPlanService}, the code behind
 * {@code PUT /api/budget/plans}. Who decided comes from the authenticated completer, the
 * figures from the proposal as stored and Finance's edits, each checked.
 */
@Service
class BudgetReallocation {

  private static final Logger log = LoggerFactory.getLogger(BudgetReallocation.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  static final Set<String> DECISIONS = Set.of("ACCEPT", "REJECT");

  private final ChannelReturns returns;
  private final ReallocationRuleTable rules;
  private final BudgetReallocationRepository reallocations;
  private final BudgetPlanService plans;
  private final BudgetRepository budget;
  private final GroupMembers members;
  private final Clock clock;
  private final Duration reviewDue;
  private final RuntimeService runtime;
  private final IdentityService identity;

  BudgetReallocation(ChannelReturns returns, ReallocationRuleTable rules,
      BudgetReallocationRepository reallocations, BudgetPlanService plans,
      BudgetRepository budget, GroupMembers members, RuntimeService runtime,
      IdentityService identity, Clock clock,
      @Value("${marketing-hub.budget-reallocation.review-due:P7D}") Duration reviewDue) {
    this.returns = returns;
    this.rules = rules;
    this.reallocations = reallocations;
    this.plans = plans;
    this.budget = budget;
    this.members = members;
    this.clock = clock;
    this.reviewDue = reviewDue;
    this.runtime = runtime;
    this.identity = identity;
  }

  /**
   * Task_ProposeReallocation, after the quarterly timer: the proposal from the returns of the
   * quarter before today's.
   *
   * @return the proposal's id; empty when that quarter has no plans (nothing to propose) or a
   *     proposal for the next quarter waits for Finance already (logged, not made twice)
   */
  Optional<Long> proposeQuarterly() {
    String closed = Quarter.previous(Quarter.of(LocalDate.now(clock)));
    Optional<Long> live = reallocations.liveFor(Quarter.next(closed));
    if (live.isPresent()) {
      log.warn("Budget reallocation {} for {} waits for Finance's decision or was accepted "
          + "already: the quarterly proposal is not made again", live.get(),
          Quarter.next(closed));
      return Optional.empty();
    }
    try {
      return propose(closed, null);
    } catch (ConflictException proposedMeanwhile) {
      log.warn("{}: the quarterly proposal is not made again", proposedMeanwhile.getMessage());
      return Optional.empty();
    }
  }

  /**
   * POST /api/budget/reallocations: a proposal from the returns of a closed quarter Finance
   * names, stored and its review started (Msg_ReallocationRequested, business key its id).
   *
   * @throws com.marketinghub.common.InvalidFieldsException a quarter that is not one, or not the
   *     last closed quarter (the plans of a quarter that is over are history)
   * @throws ConflictException when a proposal for the next quarter waits or was accepted
   *     already, or the quarter has no plans to reallocate
   */
  @Transactional
  Reallocation request(String closedQuarter, String by) {
    String closed;
    try {
      closed = Quarter.parse(closedQuarter);
    } catch (IllegalArgumentException e) {
      new FieldErrors().reject("closedQuarter", e.getMessage())
          .throwIfAny("budget reallocation");
      throw e;
    }
    String current = Quarter.of(LocalDate.now(clock));
    if (!closed.equals(Quarter.previous(current))) {
      new FieldErrors().reject("closedQuarter", "only the last closed quarter, "
          + Quarter.previous(current) + ", is reallocated: its next quarter, " + current
          + ", is the one whose plans may still change; was " + closed)
          .throwIfAny("budget reallocation");
    }
    reallocations.liveFor(Quarter.next(closed)).ifPresent(live -> {
      throw new ConflictException("Budget reallocation " + live + " for "
          + Quarter.next(closed) + " waits for Finance's decision or was accepted already");
    });
    // The returns' decisions and the review's start are the application's, not Finance's
    // rights in the engine (the access policy let the caller ask). In this transaction: the
    // proposal and its review exist together or not at all.
    long id = AsApplication.call(identity, () -> {
      long proposal = propose(closed, by).orElseThrow(() -> new ConflictException("No channel "
          + "was planned in " + closed + ": there is nothing to reallocate"));
      reallocations.setProcessInstanceId(proposal, runtime.createMessageCorrelation(
              BudgetReallocationProcess.MSG_REALLOCATION_REQUESTED)
          .processInstanceBusinessKey(String.valueOf(proposal)).correlateStartMessage()
          .getId());
      return proposal;
    });
    return find(id).orElseThrow();
  }

  /** The proposal with its lines and Finance's decision. */
  Optional<Reallocation> find(long id) {
    return reallocations.find(id).map(r -> new Reallocation(r, reallocations.lines(id)));
  }

  /** A proposal as stored, with its lines. */
  record Reallocation(BudgetReallocationRepository.Reallocation proposal,
      List<BudgetReallocationRepository.Line> lines) {}

  private Optional<Long> propose(String closed, String by) {
    String next = Quarter.next(closed);
    List<ChannelReturn> channels = returns.of(closed);
    if (channels.isEmpty()) {
      log.info("Budget reallocation after {}: no channel was planned, nothing to propose",
          closed);
      return Optional.empty();
    }
    // What moves is moved in the next quarter's plan where Finance has one (in the same
    // currency), else in the closed quarter's allocation carried over.
    Map<String, BudgetRepository.Plan> nextPlans = budget.plans(next).stream()
        .collect(Collectors.toMap(BudgetRepository.Plan::channel, plan -> plan));
    Map<String, Long> closedAllocation = channels.stream()
        .collect(Collectors.toMap(ChannelReturn::channel, ChannelReturn::allocated));
    List<ChannelReturn> bases = channels.stream().map(channel ->
        Optional.ofNullable(nextPlans.get(channel.channel()))
            .filter(plan -> plan.currency().equals(channel.currency()))
            .map(plan -> channel.withAllocated(plan.allocated())).orElse(channel)).toList();
    List<BudgetReallocationRepository.Line> lines = ReallocationPlanner
        .propose(bases, rules.rules()).stream()
        .map(proposal -> line(nextPlans.get(proposal.evidence().channel()),
            closedAllocation.get(proposal.evidence().channel()), proposal)).toList();
    try {
      long id = reallocations.insert(closed, next, by, lines, OffsetDateTime.now(clock));
      log.info("Budget reallocation {} proposed for {} from {}'s returns", id, next, closed);
      return Optional.of(id);
    } catch (DuplicateKeyException proposedMeanwhile) {
      throw new ConflictException("A budget reallocation for " + next
          + " was proposed at the same time: decide on it first");
    }
  }

  /** @param nextPlan the channel's plan for the next quarter, or null */
  private BudgetReallocationRepository.Line line(BudgetRepository.Plan nextPlan,
      long closedAllocation, ReallocationPlanner.Proposal proposal) {
    ChannelReturn evidence = proposal.evidence();
    StringBuilder reason = new StringBuilder(proposal.reason());
    if (evidence.openWindowCampaigns() > 0) {
      reason.append(" (").append(evidence.openWindowCampaigns())
          .append(" campaign(s) still in their attribution window: revenue to date)");
    }
    if (evidence.missingRateCampaigns() > 0) {
      reason.append(" (").append(evidence.missingRateCampaigns())
          .append(" campaign(s) with deals left out for want of an exchange rate)");
    }
    if (evidence.otherCurrencyCampaigns() > 0) {
      reason.append(" (").append(evidence.otherCurrencyCampaigns())
          .append(" campaign(s) booked in another currency left out)");
    }
    if (nextPlan != null && !nextPlan.currency().equals(evidence.currency())) {
      reason.append(" (").append(nextPlan.quarter()).append(" is planned in ")
          .append(nextPlan.currency()).append(" already: that plan is left as it is)");
    }
    return new BudgetReallocationRepository.Line(evidence.channel(), evidence.currency(),
        closedAllocation, nextPlan, proposal.proposed(), null, evidence.spend(),
        evidence.revenue(), evidence.campaigns(), evidence.roi(), evidence.targetRoi(),
        reason.toString());
  }

  void recordProcessInstance(long id, String processInstanceId) {
    reallocations.setProcessInstanceId(id, processInstanceId);
  }

  /**
   * Task_ReviewReallocation: the returns in words and the proposal's table ({@code
   * reallocation}: channel, currency, current, next (the next quarter's plan when proposed),
   * proposed, reason per row, as JSON).
   */
  TaskView prepareReview(long id) {
    BudgetReallocationRepository.Reallocation reallocation = reallocations.get(id);
    List<BudgetReallocationRepository.Line> lines = reallocations.lines(id);
    ArrayNode rows = JSON.createArrayNode();
    for (BudgetReallocationRepository.Line line : lines) {
      rows.addObject().put("channel", line.channel()).put("currency", line.currency())
          .put("current", Money.format(line.current()))
          .put("next", line.nextPlan() == null ? "-" : Money.format(line.nextPlan().allocated())
              + (line.nextPlan().currency().equals(line.currency()) ? ""
                  : " " + line.nextPlan().currency()))
          .put("proposed", Money.format(line.proposed())).put("reason", line.reason());
    }
    Map<String, Object> locals = new LinkedHashMap<>();
    locals.put("reallocationSummary", summary(reallocation, lines));
    locals.put(BudgetReallocationProcess.VAR_REALLOCATION, rows.toString());
    return new TaskView("Budget reallocation for " + reallocation.nextQuarter(),
        OffsetDateTime.now(clock).plus(reviewDue).toInstant(), locals);
  }

  private static String summary(BudgetReallocationRepository.Reallocation reallocation,
      List<BudgetReallocationRepository.Line> lines) {
    String returns = lines.stream().map(line -> line.channel() + ": spend "
            + Money.format(line.spend()) + ", revenue " + Money.format(line.revenue()) + " "
            + line.currency() + ", ROI " + (line.roi() == null ? "-"
                : line.roi().toPlainString()) + " (target " + (line.targetRoi() == null ? "-"
                : line.targetRoi().toPlainString()) + "), " + line.campaigns()
            + " campaign(s)")
        .collect(Collectors.joining("\n"));
    return "Returns of " + reallocation.closedQuarter() + " and the allocations proposed for "
        + reallocation.nextQuarter() + ":\n" + returns;
  }

  /**
   * Task_ReviewReallocation completed: ACCEPT the proposal with Finance's own figures for some
   * channels ({@code changes}: one line "channel = amount" each, an amount of at least 0 with at
   * most two decimals, each channel of the proposal at most once; the others as proposed), or
   * REJECT; always with a comment that says why; only by a member of finance; recorded once.
   *
   * @param by the authenticated completer (else the assignee)
   */
  void decide(long id, String decision, String changes, String comment, String by) {
    String what = "Budget reallocation " + id;
    if (decision == null || !DECISIONS.contains(decision)) {
      throw new BadUserRequestException(what + ": reallocationDecision must be ACCEPT or "
          + "REJECT, was " + decision);
    }
    if (comment == null || comment.isBlank()) {
      throw new BadUserRequestException(what + ": a comment that says why is required");
    }
    if (!members.inAny(by, List.of(Groups.FINANCE))) {
      throw new BadUserRequestException("User '" + by + "' may not decide on " + what
          + ": a member of " + Groups.FINANCE + " must");
    }
    Map<String, Long> accepted = Map.of();
    if ("ACCEPT".equals(decision)) {
      BudgetReallocationRepository.Reallocation proposal = reallocations.get(id);
      String after = Quarter.next(proposal.nextQuarter());
      if (!Quarter.firstDay(after).isAfter(LocalDate.now(clock))) {
        throw new BadUserRequestException(what + ": " + proposal.nextQuarter() + " is over, its "
            + "plans are history: reject this proposal");
      }
      List<BudgetReallocationRepository.Line> lines = reallocations.lines(id);
      refuseChangedPlans(what, proposal.nextQuarter(), lines);
      accepted = accepted(id, lines, changes);
    }
    boolean recorded = reallocations.decide(id, "ACCEPT".equals(decision)
            ? BudgetReallocationRepository.Status.ACCEPTED
            : BudgetReallocationRepository.Status.REJECTED,
        accepted, by, comment.trim(), OffsetDateTime.now(clock));
    if (!recorded) {
      throw new BadUserRequestException(what + " is decided already");
    }
    log.info("{} {} by {}", what, decision, by);
  }

  /**
   * The next quarter's plans are as they were when proposed: accepting must not overwrite a
   * plan Finance changed since (the proposal showed the old one).
   */
  private void refuseChangedPlans(String what, String next,
      List<BudgetReallocationRepository.Line> lines) {
    for (BudgetReallocationRepository.Line line : lines) {
      BudgetRepository.Plan now = budget.findPlan(next, line.channel()).orElse(null);
      if (!java.util.Objects.equals(now, line.nextPlan())) {
        throw new BadUserRequestException(what + ": the plan of " + line.channel() + " for "
            + next + " changed since the proposal (" + describe(line.nextPlan()) + " then, "
            + describe(now) + " now): reject this proposal and ask for a new one");
      }
    }
  }

  private static String describe(BudgetRepository.Plan plan) {
    return plan == null ? "none" : Money.format(plan.allocated()) + " " + plan.currency();
  }

  /** Whether accepting may write the line: its next quarter is not planned in another currency. */
  private static boolean writable(BudgetReallocationRepository.Line line) {
    return line.nextPlan() == null || line.nextPlan().currency().equals(line.currency());
  }

  /** The proposal's figure per channel, with Finance's changes, each line checked. */
  private Map<String, Long> accepted(long id, List<BudgetReallocationRepository.Line> lines,
      String changes) {
    String what = "Budget reallocation " + id;
    Map<String, Long> accepted = new LinkedHashMap<>();
    Set<String> inOtherCurrency = new HashSet<>();
    lines.forEach(line -> {
      accepted.put(line.channel(), line.proposed());
      if (!writable(line)) {
        inOtherCurrency.add(line.channel());
      }
    });
    Set<String> changed = new HashSet<>();
    String[] written = changes == null ? new String[0] : changes.split("\\R");
    for (int n = 0; n < written.length; n++) {
      String text = written[n].trim();
      if (text.isEmpty()) {
        continue;
      }
      String where = what + ", your figures, line " + (n + 1) + " (" + text + "): ";
      int equals = text.indexOf('=');
      if (equals < 0) {
        throw new BadUserRequestException(where + "write it as channel = amount, like "
            + "paid-search = 9500.00");
      }
      String channel = text.substring(0, equals).trim();
      if (!accepted.containsKey(channel)) {
        throw new BadUserRequestException(where + "channel " + channel
            + " is not in the proposal, which has " + accepted.keySet());
      }
      if (!changed.add(channel)) {
        throw new BadUserRequestException(where + "channel " + channel + " is given twice");
      }
      if (inOtherCurrency.contains(channel)) {
        throw new BadUserRequestException(where + "channel " + channel + " is planned in "
            + "another currency next quarter: change that plan itself (PUT /api/budget/plans)");
      }
      try {
        accepted.put(channel, Money.parseMinor(text.substring(equals + 1).trim()));
      } catch (IllegalArgumentException | ArithmeticException e) {
        throw new BadUserRequestException(where + "the amount must be at least 0 with at most "
            + "two decimals, like 9500.00: " + e.getMessage());
      }
    }
    return accepted;
  }

  /**
   * Task_ApplyReallocation: the accepted figures become the next quarter's plans, by who
   * accepted them, once (a retried step writes nothing twice); a plan that already has the
   * figure is not written again, one in another currency is left as it is.
   */
  void apply(long id) {
    BudgetReallocationRepository.Reallocation reallocation = reallocations.get(id);
    if (reallocation.status() != BudgetReallocationRepository.Status.ACCEPTED) {
      throw new IllegalStateException("Budget reallocation " + id + " is "
          + reallocation.status() + ", not ACCEPTED: no plan is changed");
    }
    if (reallocation.appliedAt() != null) {
      return;
    }
    for (BudgetReallocationRepository.Line line : reallocations.lines(id)) {
      boolean unchanged = line.nextPlan() != null
          && line.nextPlan().allocated() == line.accepted();
      if (writable(line) && !unchanged) {
        plans.savePlan(reallocation.nextQuarter(), line.channel(),
            Money.format(line.accepted()), line.currency(), reallocation.decidedBy());
      }
    }
    reallocations.markApplied(id, OffsetDateTime.now(clock));
    log.info("Budget reallocation {} applied to the plans of {}", id,
        reallocation.nextQuarter());
  }
}
