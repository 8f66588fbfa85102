package com.marketinghub.budget;

import com.marketinghub.common.Money;
import com.marketinghub.common.NotFoundException;
import com.marketinghub.security.CurrentUser;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The quarterly budget reallocation's proposals (docs/budget.md, "Quarterly reallocation"). */
@RestController
class BudgetReallocationController {

  private final BudgetReallocation reallocation;
  private final CurrentUser currentUser;

  BudgetReallocationController(BudgetReallocation reallocation, CurrentUser currentUser) {
    this.reallocation = reallocation;
    this.currentUser = currentUser;
  }

  /** Finance asks for a proposal from a closed quarter's returns; its review task follows. */
  @PostMapping("/api/budget/reallocations")
  ResponseEntity<View> request(@RequestBody RequestInput input) {
    return ResponseEntity.status(HttpStatus.CREATED).body(View.of(
        reallocation.request(input.closedQuarter(), currentUser.userId())));
  }

  @GetMapping("/api/budget/reallocations/{id}")
  View proposal(@PathVariable long id) {
    return reallocation.find(id).map(View::of)
        .orElseThrow(() -> new NotFoundException("No budget reallocation with id " + id));
  }

  record RequestInput(String closedQuarter) {}

  /** A proposal; amounts as decimal text, the ROI as a decimal (null: nothing spent). */
  record View(long id, String closedQuarter, String nextQuarter, String status,
      String proposedBy, String decidedBy, String decisionComment, boolean applied,
      List<LineView> channels) {
    static View of(BudgetReallocation.Reallocation r) {
      BudgetReallocationRepository.Reallocation p = r.proposal();
      return new View(p.id(), p.closedQuarter(), p.nextQuarter(), p.status().name(),
          p.proposedBy(), p.decidedBy(), p.decisionComment(), p.appliedAt() != null,
          r.lines().stream().map(LineView::of).toList());
    }
  }

  /** @param nextPlanned the next quarter's plan when proposed ("15000.00 EUR"), null: none */
  record LineView(String channel, String currency, String current, String nextPlanned,
      String proposed, String accepted, String spend, String revenue, int campaigns, String roi,
      String targetRoi, String reason) {
    static LineView of(BudgetReallocationRepository.Line l) {
      return new LineView(l.channel(), l.currency(), Money.format(l.current()),
          l.nextPlan() == null ? null
              : Money.format(l.nextPlan().allocated()) + " " + l.nextPlan().currency(),
          Money.format(l.proposed()), Money.format(l.accepted(), null), Money.format(l.spend()),
          Money.format(l.revenue()), l.campaigns(),
          l.roi() == null ? null : l.roi().toPlainString(),
          l.targetRoi() == null ? null : l.targetRoi().toPlainString(), l.reason());
    }
  }
}
