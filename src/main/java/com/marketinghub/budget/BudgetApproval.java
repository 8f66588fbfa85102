package com.marketinghub.budget;

import com.marketinghub.common.Money;
import com.marketinghub.common.InvalidFieldsException;
import com.marketinghub.security.GroupMembers;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The steps of budget-approval on plain ids and values, for its delegates and listeners: the
 * request registered and checked, its approval tasks, rework, commitment and withdrawal. What a
 * task shows comes from {@code prepare...}; a completion that cannot be recorded is refused with
 * a {@link BadUserRequestException} (Tasklist and /engine-rest show it as the task's 400). A
 * modelled business failure comes back as a result; the delegate throws its BPMN error. The
 * Finance export and the mails are {@link BudgetApprovalFinanceExport} and
 * {@link BudgetApprovalMail}.
 */
@Service
class BudgetApproval {

  private static final Logger log = LoggerFactory.getLogger(BudgetApproval.class);

  static final Set<String> DECISIONS = Set.of("APPROVE", "REJECT", "SEND_BACK");
  static final Set<String> REWORK_ACTIONS = Set.of("RESUBMIT", "WITHDRAW");

  private final BudgetRequestRepository requests;
  private final BudgetApprovalLevelRepository levels;
  private final BudgetLedger ledger;
  private final RoiCalculator roi;
  private final BudgetApprovalProperties properties;
  private final GroupMembers members;
  private final ChannelReviews channelReviews;
  private final ApproverProperties approvers;
  private final Clock clock;

  BudgetApproval(BudgetRequestRepository requests, BudgetApprovalLevelRepository levels,
      BudgetLedger ledger, RoiCalculator roi, BudgetApprovalProperties properties,
      GroupMembers members, ChannelReviews channelReviews, ApproverProperties approvers,
      Clock clock) {
    this.requests = requests;
    this.levels = levels;
    this.ledger = ledger;
    this.roi = roi;
    this.properties = properties;
    this.members = members;
    this.channelReviews = channelReviews;
    this.approvers = approvers;
    this.clock = clock;
  }

  /**
   * Task_RegisterRequest: a request started by POST /api/budget-requests is stored already
   * ({@code requestId}); one started from Tasklist's start form or by another domain's message
   * (Msg_BudgetRequested) is validated and stored here. Either way it is tied to its process
   * instance. A person who starts or correlates it (through Tasklist or /engine-rest) can
   * neither request in another's name nor start a second approval of a stored request.
   *
   * @param caller the authenticated user who starts it; null in a job or server code (the
   *     launch's follow-up, the API after its own checks)
   */
  Registration register(Long requestId, BudgetRequestInput startForm, String initiator,
      String caller, String processInstanceId) {
    long id;
    if (requestId != null) {
      BudgetRequest stored = requests.find(requestId).orElseThrow(() ->
          new BadUserRequestException("No budget request " + requestId));
      if (stored.processInstanceId() != null
          || (caller != null && !caller.equals(stored.requester()))) {
        throw new BadUserRequestException("Budget request " + requestId
            + " is not yours to start: it has its approval or another requester");
      }
      id = requestId;
    } else {
      if (initiator == null) {
        throw new BadUserRequestException("A budget request needs a requester: start it logged in");
      }
      if (caller != null && !caller.equals(initiator)) {
        throw new BadUserRequestException("A budget request's requester is the user who "
            + "starts it: " + caller + ", not " + initiator);
      }
      id = requests.insert(validated(startForm), initiator, BudgetRequestStatus.SUBMITTED,
          OffsetDateTime.now(clock));
    }
    BudgetRequest request = requests.get(id);
    requests.setProcessInstanceId(id, processInstanceId);
    // The ROI review starts once the attribution window after the campaign's last day is over.
    Instant reviewAt = request.campaignEndDate() == null ? null
        : new AttributionWindow(properties, clock).reviewAt(request.campaignEndDate());
    return new Registration(id, request.requester(), request.channel(),
        Money.toMajor(request.amount()), reviewAt);
  }

  /**
   * Task_CheckRemainingBudget: the quarter and channel's remaining budget against the request,
   * as the commitment will check it ({@link BudgetLedger#fit}). Over budget is no refusal: it is
   * recorded and the approvers see it (and Finance approves).
   */
  Check checkRemainingBudget(long requestId) {
    BudgetRequest request = requests.get(requestId);
    BudgetLedger.Fit fit = fit(request);
    BudgetLine line = fit.line();
    boolean over = fit.over();
    requests.recordCheck(request.id(), over, line.remaining(), OffsetDateTime.now(clock));
    log.info("Budget request {}: {} against {} remaining{}", request.id(),
        Money.format(request.amount()), Money.format(line.remaining()),
        over ? ": OVER BUDGET" : "");
    return new Check(over, Money.toMajor(request.amount()));
  }

  /** Task_ApproveBudget of one level: what is asked, by when, and the request as it stands. */
  TaskView prepareApproval(long requestId, int level, String approverGroup) {
    BudgetRequest request = requests.get(requestId);
    BudgetLedger.Fit fit = fit(request);
    BudgetLine line = fit.line();
    Map<String, Object> locals = new LinkedHashMap<>();
    locals.put("request", request.describe());
    locals.put("requestRequester", request.requester());
    locals.put("requestJustification", dash(request.justification()));
    locals.put("requestExpected", expected(request));
    String currency = line.currency() == null ? request.currency() : line.currency();
    locals.put("remainingBudget", Money.format(line.remaining()) + " " + currency + " of "
        + Money.format(line.allocated()) + " allocated");
    locals.put("overBudget", fit.over());
    locals.put("approvalLevel", "Level " + level + ": " + approverGroup);
    locals.put("channelRoi", roi.channelHistory(request.channel(), request.campaignId()));
    locals.put("overCommitment", overCommitment(line, currency));
    locals.put("channelReviews", channelReviews.latest(request.channel()));
    return new TaskView("Approve budget: " + request.describe(), dueDate(), locals);
  }

  /**
   * Task_DetermineApprovers has decided: the levels and their groups, kept in the database for
   * the decisions and the commitment to check (a task user can overwrite process variables).
   */
  void recordRequiredLevels(long requestId, List<String> approverGroups) {
    levels.replace(requestId, approverGroups, OffsetDateTime.now(clock));
  }

  /**
   * Task_ApproveBudget completed: a known decision, a comment when it is no approval, never by
   * the requester (as stored), only by a member of the level's group or of the group it escalated
   * to (as stored: an admin, or an assignee outside the group, is refused); recorded with who and
   * why, at the level the database says is next. One person, deciding or decided for, never
   * approves two levels: a deputy approving on behalf of an absent approver counts as both. A
   * rejection ends the request; sent back, it is a draft with the requester until resubmitted
   * (the check makes it SUBMITTED again).
   *
   * @param level the loop's level, used only for a request determined before levels were kept
   * @param approverGroup likewise
   * @param by who decides (authenticated user, else assignee); null for nobody, refused
   * @param onBehalfOf the absent approver the deputy {@code by} stands in for today
   *     ({@link ApproverAbsences#standsInToday}, checked by the caller); null otherwise
   */
  void decide(long requestId, int level, String approverGroup, String decision, String comment,
      String by, String onBehalfOf) {
    if (decision == null || !DECISIONS.contains(decision)) {
      throw new BadUserRequestException("Decision on budget request " + requestId
          + " must be one of " + DECISIONS.stream().sorted().toList() + ", was " + decision);
    }
    if (!"APPROVE".equals(decision) && (comment == null || comment.isBlank())) {
      throw new BadUserRequestException("Decision on budget request " + requestId + ": "
          + decision + " needs a comment that says why");
    }
    Round round = round(requestId);
    List<String> deciders = List.of(approverGroup);
    if (!round.required().isEmpty()) {
      BudgetApprovalLevelRepository.RequiredLevel next = round.next();
      level = next.level();
      approverGroup = next.group();
      deciders = next.deciders();
      if ("APPROVE".equals(decision) && round.approvedBy(by)) {
        throw new BadUserRequestException("User '" + by + "' approved another level of budget "
            + "request " + requestId + ": another member of " + approverGroup + " must");
      }
      if ("APPROVE".equals(decision) && onBehalfOf != null && round.approvedBy(onBehalfOf)) {
        throw new BadUserRequestException("User '" + by + "' may not approve level " + level
            + " of budget request " + requestId + " on behalf of '" + onBehalfOf
            + "', who approved another level of it: another member of " + approverGroup
            + " must, in their own name");
      }
    }
    String requester = requests.get(requestId).requester();
    if (by != null && by.equals(requester)) {
      throw new BadUserRequestException("User '" + by + "' requested budget request "
          + requestId + " and cannot decide on it: another member of " + approverGroup
          + " must");
    }
    if (onBehalfOf != null && onBehalfOf.equals(requester)) {
      throw new BadUserRequestException("User '" + by + "' may not decide on budget request "
          + requestId + " on behalf of '" + onBehalfOf + "', who requested it: another member "
          + "of " + approverGroup + " must, in their own name");
    }
    if (!members.inAny(by, deciders)) {
      throw new BadUserRequestException("User '" + by + "' may not decide on level " + level
          + " of budget request " + requestId + ": a member of " + String.join(" or ", deciders)
          + " must");
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    requests.insertDecision(requestId, level, approverGroup, by, onBehalfOf, decision, comment,
        now);
    if ("REJECT".equals(decision)) {
      requests.setStatus(requestId, BudgetRequestStatus.REJECTED, now);
    } else if ("SEND_BACK".equals(decision)) {
      requests.setStatus(requestId, BudgetRequestStatus.DRAFT, now);
    }
  }

  /** As {@link #decide(long, int, String, String, String, String, String)}, in one's own name. */
  void decide(long requestId, int level, String approverGroup, String decision, String comment,
      String by) {
    decide(requestId, level, approverGroup, decision, comment, by, null);
  }

  /**
   * An approval task of the request was assigned to a user who is away today: whom it goes to.
   * Their deputy, deciding on their behalf; or back to the group (empty) when the deputy may
   * not decide on this request: the deputy asked for it, or the deputy or the absent user
   * approved another level of it already.
   */
  Optional<String> handOver(long requestId, ApproverAbsence absence) {
    String deputy = absence.deputy();
    String requester = requests.get(requestId).requester();
    Round round = round(requestId);
    if (deputy.equals(requester) || absence.user().equals(requester)
        || round.approvedBy(deputy) || round.approvedBy(absence.user())) {
      log.info("Budget request {}: {} is away; its approval goes back to the group, as {} may "
          + "not decide on it for them", requestId, absence.user(), deputy);
      return Optional.empty();
    }
    return Optional.of(deputy);
  }

  /**
   * Event_ApprovalOverdue: the level waiting for a decision escalates, once per round: a level
   * of a group with another escalation group ({@code escalate-to}) may now be decided by that
   * group's members too (recorded for {@link #decide} and {@link #checkApprovals}).
   *
   * @param loopLevel the loop's level, used only for a request determined before levels were
   *     kept (its escalation is not recorded: a mail, nobody new decides)
   * @param loopGroup likewise
   * @return the escalation; empty when this level escalated already (a retried job)
   */
  Optional<Escalation> escalate(long requestId, int loopLevel, String loopGroup) {
    Round round = round(requestId);
    if (round.required().isEmpty()) {
      return Optional.of(new Escalation(loopLevel, loopGroup, loopGroup));
    }
    BudgetApprovalLevelRepository.RequiredLevel next = round.next();
    int level = next.level();
    String group = next.group();
    String to = approvers.escalationGroup(group);
    if (!levels.escalate(requestId, level, next.afterDecisionId(), to,
        OffsetDateTime.now(clock))) {
      log.info("Budget request {}: level {} escalated before", requestId, level);
      return Optional.empty();
    }
    log.info("Budget request {}: level {} ({}) overdue, escalated to {}", requestId, level,
        group, to);
    return Optional.of(new Escalation(level, group, to));
  }

  /**
   * An overdue level's escalation.
   *
   * @param to the group mailed; when not {@code group}, its members may decide the level too
   */
  record Escalation(int level, String group, String to) {

    boolean newDeciders() {
      return !to.equals(group);
    }
  }

  /** Task_ReworkRequest: why it came back, and the amount and justification to change. */
  TaskView prepareRework(long requestId, String decisionComment) {
    BudgetRequest request = requests.get(requestId);
    Map<String, Object> locals = new LinkedHashMap<>();
    locals.put("request", request.describe());
    locals.put("sentBackBecause", String.valueOf(decisionComment));
    locals.put("newAmount", Money.format(request.amount()));
    locals.put("newJustification", request.justification() == null ? ""
        : request.justification());
    return new TaskView("Rework budget request: " + request.describe(), null, locals);
  }

  /**
   * Task_ReworkRequest completed: RESUBMIT stores the changed amount and justification (the
   * approval then starts over); WITHDRAW changes nothing here.
   *
   * @return the resubmitted amount in currency units; empty when withdrawn
   */
  OptionalDouble rework(long requestId, String action, String newAmount,
      String newJustification) {
    if (action == null || !REWORK_ACTIONS.contains(action)) {
      throw new BadUserRequestException("Rework of budget request " + requestId
          + ": reworkAction must be RESUBMIT or WITHDRAW, was " + action);
    }
    if (!"RESUBMIT".equals(action)) {
      return OptionalDouble.empty();
    }
    long amount;
    try {
      amount = Money.parseMinor(newAmount);
    } catch (IllegalArgumentException | ArithmeticException e) {
      throw new BadUserRequestException("Rework of budget request " + requestId
          + ": newAmount " + e.getMessage());
    }
    if (amount == 0) {
      throw new BadUserRequestException("Rework of budget request " + requestId
          + ": newAmount must be more than 0");
    }
    requests.rework(requestId, amount, newJustification, OffsetDateTime.now(clock));
    return OptionalDouble.of(Money.toMajor(amount));
  }

  /**
   * Task_CommitBudget: books the approved amount in the ledger, in this step's transaction and
   * under the budget line's lock, and marks the request APPROVED. A request approved within
   * budget whose amount no longer fits (another approval took the budget since the check) is
   * not booked; one approved as over budget is booked as it is.
   *
   * @return empty when booked; otherwise the message of Error_BudgetExhausted (what remains)
   */
  Optional<String> commit(long requestId) {
    BudgetRequest request = requests.get(requestId);
    checkApprovals(request, "committed");
    BudgetLedger.Commitment commitment = ledger.commit(request.id(), request.campaignId(),
        request.quarter(), request.channel(), request.amount(), request.currency(),
        request.overBudget(), request.requester());
    if (!commitment.booked()) {
      log.warn("Budget request {} no longer fits: {} remaining", request.id(),
          Money.format(commitment.line().remaining()));
      return Optional.of("Only " + Money.format(commitment.line().remaining()) + " "
          + request.currency() + " remain for " + request.channel() + " in "
          + request.quarter());
    }
    requests.setStatus(request.id(), BudgetRequestStatus.APPROVED, OffsetDateTime.now(clock));
    log.info("Budget request {} committed: {}", request.id(), request.describe());
    return Optional.empty();
  }

  /**
   * Before money moves (the commitment, the Finance export): every level the last determination
   * required has an approval, by users who are not the requester and not one another, each a
   * member of its level's group now (a level approved by nobody, by the requester, by the same
   * person twice or by someone outside its group is refused, and the step's job becomes an
   * incident).
   *
   * @param refused what does not happen, as the refusal says it: "committed"
   */
  void checkApprovals(BudgetRequest request, String refused) {
    Round round = round(request.id());
    List<BudgetApprovalLevelRepository.RequiredLevel> required = round.required();
    if (required.isEmpty()) {
      log.warn("Budget request {} was determined before required levels were kept: its "
          + "approvals are not checked again", request.id());
      return;
    }
    List<BudgetApprovalLevelRepository.Approval> approvals = round.approvals();
    List<String> problems = new java.util.ArrayList<>();
    Set<String> seen = new java.util.HashSet<>();
    for (BudgetApprovalLevelRepository.RequiredLevel level : required) {
      List<BudgetApprovalLevelRepository.Approval> of = approvals.stream()
          .filter(a -> a.level() == level.level()).toList();
      if (of.isEmpty()) {
        problems.add("level " + level.level() + " (" + level.group() + ") has no approval");
      }
      for (BudgetApprovalLevelRepository.Approval approval : of) {
        String user = approval.decidedBy();
        String people = user + (approval.onBehalfOf() == null ? ""
            : " on behalf of " + approval.onBehalfOf());
        if (approval.people().contains(request.requester())) {
          problems.add("level " + level.level() + " was approved by the requester " + people);
        } else if (!approval.people().stream().allMatch(seen::add)) {
          problems.add("level " + level.level() + " was approved by " + people
              + ", who approved another level");
        } else if (!members.inAny(user, level.deciders())) {
          problems.add("level " + level.level() + " was approved by " + user
              + ", not a member of " + String.join(" or ", level.deciders()));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException("Budget request " + request.id() + " is not " + refused
          + ": " + String.join("; ", problems));
    }
  }

  /** The last determination's levels and the approvals given since (no levels before V12). */
  private Round round(long requestId) {
    List<BudgetApprovalLevelRepository.RequiredLevel> required = levels.required(requestId);
    return new Round(required, required.isEmpty() ? List.of()
        : levels.approvalsSince(requestId, required.get(0).afterDecisionId()));
  }

  private record Round(List<BudgetApprovalLevelRepository.RequiredLevel> required,
      List<BudgetApprovalLevelRepository.Approval> approvals) {

    /** The first level without an approval (the last one when all have one). */
    BudgetApprovalLevelRepository.RequiredLevel next() {
      return required.stream().filter(level -> approvals.stream()
          .noneMatch(approval -> approval.level() == level.level())).findFirst()
          .orElse(required.get(required.size() - 1));
    }

    /** Whether the user approved a level, in their own name or through a deputy. */
    boolean approvedBy(String user) {
      return approvals.stream().anyMatch(approval -> approval.people().contains(user));
    }
  }

  /** Task_MarkWithdrawn: the requester gave the request up. */
  void withdraw(long requestId) {
    requests.setStatus(requestId, BudgetRequestStatus.WITHDRAWN, OffsetDateTime.now(clock));
  }

  private BudgetLedger.Fit fit(BudgetRequest request) {
    return ledger.fit(request.quarter(), request.channel(), request.campaignId(), request.id(),
        request.amount());
  }

  /** The channel's campaigns whose actuals went beyond their commitment this quarter. */
  private static String overCommitment(BudgetLine line, String currency) {
    if (line.overCommitments().isEmpty()) {
      return "No campaign of " + line.channel() + " spent beyond its commitment in "
          + line.quarter();
    }
    return line.overCommitments().stream()
        .map(over -> over.campaign() + ": " + Money.format(over.actual()) + " actual against "
            + Money.format(over.committed()) + " committed, " + Money.format(over.over())
            + " " + currency + " over")
        .collect(Collectors.joining("\n"));
  }

  private Instant dueDate() {
    return OffsetDateTime.now(clock).plus(properties.approvalDue()).toInstant();
  }

  private static NewBudgetRequest validated(BudgetRequestInput startForm) {
    try {
      return startForm.toRequest();
    } catch (InvalidFieldsException invalid) {
      throw new BadUserRequestException(invalid.getMessage());
    }
  }

  private static String expected(BudgetRequest request) {
    String leads = request.expectedLeads() == null ? "-" : request.expectedLeads() + " leads";
    String revenue = request.expectedRevenue() == null ? "-"
        : Money.format(request.expectedRevenue()) + " " + request.currency() + " revenue";
    return leads + ", " + revenue;
  }

  private static String dash(String value) {
    return value == null || value.isBlank() ? "-" : value;
  }

  /**
   * The registered request's facts the process carries.
   *
   * @param amount in currency units
   * @param campaignReviewAt when the campaign's ROI review starts; null without an end date
   */
  record Registration(long requestId, String requester, String channel, double amount,
      Instant campaignReviewAt) {}

  /** @param amount the request's amount in currency units */
  record Check(boolean overBudget, double amount) {}
}
