package com.marketinghub.budget;

import com.marketinghub.common.Money;
import com.marketinghub.common.Quarter;
import com.marketinghub.security.CurrentUser;
import com.marketinghub.common.BadRequestException;
import com.marketinghub.common.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Budget requests, plans and the quarter's summary (docs/budget.md). */
@RestController
class BudgetController {

  private final BudgetRequestService requests;
  private final BudgetLedger ledger;
  private final BudgetPlanService plans;
  private final CurrentUser currentUser;
  private final Clock clock;

  BudgetController(BudgetRequestService requests, BudgetLedger ledger, BudgetPlanService plans,
      CurrentUser currentUser, Clock clock) {
    this.requests = requests;
    this.ledger = ledger;
    this.plans = plans;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  @PostMapping("/api/budget-requests")
  ResponseEntity<RequestView> submit(@RequestBody BudgetRequestInput input) {
    BudgetRequest request = requests.submit(input, currentUser.userId());
    return ResponseEntity.status(HttpStatus.CREATED).body(RequestView.of(request, List.of()));
  }

  @GetMapping("/api/budget-requests/{id}")
  RequestView request(@PathVariable long id) {
    BudgetRequest request = requests.find(id)
        .orElseThrow(() -> new NotFoundException("No budget request with id " + id));
    return RequestView.of(request, requests.decisions(id));
  }

  /** Every channel with a plan or ledger entries in the quarter (default: the current one). */
  @GetMapping("/api/budget/summary")
  Summary summary(@RequestParam(required = false) String quarter) {
    String q = quarter(quarter);
    return new Summary(q, ledger.summary(q).stream().map(LineView::of).toList());
  }

  /** Finance sets the quarter's allocation of a channel. */
  @PutMapping("/api/budget/plans/{quarter}/{channel}")
  LineView plan(@PathVariable String quarter, @PathVariable String channel,
      @RequestBody PlanInput input) {
    String q = quarter(quarter);
    return LineView.of(plans.savePlan(q, channel, input.allocated(), input.currency(),
        currentUser.userId()));
  }

  private String quarter(String quarter) {
    if (quarter == null || quarter.isBlank()) {
      return Quarter.of(LocalDate.now(clock));
    }
    try {
      return Quarter.parse(quarter);
    } catch (IllegalArgumentException e) {
      throw new BadRequestException(e.getMessage());
    }
  }

  record PlanInput(String allocated, String currency) {}

  record Summary(String quarter, List<LineView> channels) {}

  /**
   * A budget line with amounts as decimal text ("10000.00"), never floating point: committed is
   * the open commitment, spent and actual the same figure (actual is its planning-tool name),
   * remaining = allocated - committed - spent (docs/budget.md, "Plan versus actual").
   */
  record LineView(String quarter, String channel, String currency, String allocated,
      String committed, String spent, String actual, String released, String remaining,
      List<OverCommitmentView> overCommitment) {
    static LineView of(BudgetLine line) {
      return new LineView(line.quarter(), line.channel(), line.currency(),
          Money.format(line.allocated()), Money.format(line.committed()),
          Money.format(line.spent()), Money.format(line.actual()),
          Money.format(line.released()), Money.format(line.remaining()),
          line.overCommitments().stream().map(OverCommitmentView::of).toList());
    }
  }

  /** A campaign whose actuals in the line went beyond its commitment, and by how much. */
  record OverCommitmentView(long campaignId, String campaign, String committed, String actual,
      String over) {
    static OverCommitmentView of(BudgetLine.OverCommitment over) {
      return new OverCommitmentView(over.campaignId(), over.campaign(),
          Money.format(over.committed()), Money.format(over.actual()),
          Money.format(over.over()));
    }
  }

  record RequestView(long id, String campaignName, String channel, String quarter, String amount,
      String currency, Integer expectedLeads, String expectedRevenue, LocalDate campaignEndDate,
      String justification, String requester, String status, boolean overBudget,
      String processInstanceId, List<BudgetRequestRepository.Decision> decisions) {
    static RequestView of(BudgetRequest r, List<BudgetRequestRepository.Decision> decisions) {
      return new RequestView(r.id(), r.campaignName(), r.channel(), r.quarter(),
          Money.format(r.amount()), r.currency(), r.expectedLeads(),
          r.expectedRevenue() == null ? null : Money.format(r.expectedRevenue()),
          r.campaignEndDate(), r.justification(), r.requester(), r.status().name(),
          r.overBudget(), r.processInstanceId(), decisions);
    }
  }
}
