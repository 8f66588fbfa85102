package com.marketinghub.budget;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.marketinghub.common.Money;
import com.marketinghub.common.NotFoundException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A campaign's ROI, computed from the ledger, attribution and deals as they are now. */
@RestController
class RoiController {

  private final RoiCalculator calculator;

  RoiController(RoiCalculator calculator) {
    this.calculator = calculator;
  }

  @GetMapping("/api/campaigns/{id}/roi")
  RoiView roi(@PathVariable long id) {
    return calculator.roi(id).map(RoiView::of)
        .orElseThrow(() -> new NotFoundException("No campaign with id " + id));
  }

  /**
   * Amounts as decimal text; {@code roi} as a decimal ratio (1.8 = 180%); {@code final} false
   * while the attribution window (ending on {@code windowEndsOn}) is open: the ROI to date;
   * {@code missingRates} the exchange rates deals left out of the revenue lacked.
   */
  record RoiView(long campaignId, String campaign, String channel, String currency,
      String revenue, String spend, boolean spendEstimated, String roi, long leads, long mqls,
      long acceptedLeads, String costPerLead, String costPerMql, String costPerAcceptedLead,
      LocalDate windowEndsOn, @JsonProperty("final") boolean isFinal,
      List<String> missingRates) {
    static RoiView of(CampaignRoi r) {
      return new RoiView(r.campaignId(), r.campaign(), r.channel(), r.currency(),
          Money.format(r.revenue()), Money.format(r.spend()), r.spendEstimated(),
          r.roi() == null ? null : r.roi().toPlainString(), r.leads(), r.mqls(),
          r.acceptedLeads(), Money.format(r.costPerLead(), null),
          Money.format(r.costPerMql(), null), Money.format(r.costPerAcceptedLead(), null),
          r.windowEndsOn(), r.isFinal(), r.missingRates());
    }

  }
}
