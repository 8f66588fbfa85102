package com.marketinghub.budget;

import com.marketinghub.common.Money;
import com.marketinghub.sync.CsvExport;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * campaign-roi.csv: the ROI figures of every campaign with budget booked against it, final or to
 * date (its attribution window still open).
 */
@Component
class CampaignRoiExport implements CsvExport {

  private static final List<String> COLUMNS = List.of("campaign_id", "campaign", "channel",
      "currency", "revenue", "spend", "spend_estimated", "roi", "leads", "mqls",
      "accepted_leads", "cost_per_lead", "cost_per_mql", "cost_per_accepted_lead",
      "window_ends_on", "final", "missing_rates");

  private final RoiCalculator calculator;
  private final BudgetRepository budget;

  CampaignRoiExport(RoiCalculator calculator, BudgetRepository budget) {
    this.calculator = calculator;
    this.budget = budget;
  }

  @Override
  public String name() {
    return "campaign-roi";
  }

  @Override
  public List<String> header() {
    return COLUMNS;
  }

  @Override
  public Map<String, String> filters() {
    return Map.of();
  }

  @Override
  public void forEachRow(Map<String, String> filters, Consumer<String[]> row) {
    for (long campaign : budget.bookedCampaigns()) {
      calculator.roi(campaign).ifPresent(roi -> row.accept(new String[] {
          String.valueOf(roi.campaignId()), roi.campaign(), roi.channel(), roi.currency(),
          Money.format(roi.revenue()), Money.format(roi.spend()),
          String.valueOf(roi.spendEstimated()),
          roi.roi() == null ? "" : roi.roi().toPlainString(), String.valueOf(roi.leads()),
          String.valueOf(roi.mqls()), String.valueOf(roi.acceptedLeads()),
          Money.format(roi.costPerLead(), ""), Money.format(roi.costPerMql(), ""),
          Money.format(roi.costPerAcceptedLead(), ""),
          roi.windowEndsOn() == null ? "" : roi.windowEndsOn().toString(),
          String.valueOf(roi.isFinal()), String.join("; ", roi.missingRates())}));
    }
  }

}
