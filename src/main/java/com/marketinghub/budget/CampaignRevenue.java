package com.marketinghub.budget;

import com.marketinghub.attribution.AttributionService;
import com.marketinghub.attribution.LeadCredit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * A campaign's revenue (docs/budget.md): each lead's confirmed share of the campaign's credit
 * (attribution's) times each of the lead's closed-won deals in the currency (budget's own),
 * summed exactly and rounded half up to a minor unit once, at the end.
 */
@Component
class CampaignRevenue {

  private final AttributionService attribution;
  private final RoiRepository figures;

  CampaignRevenue(AttributionService attribution, RoiRepository figures) {
    this.attribution = attribution;
    this.figures = figures;
  }

  /** In minor units of the currency. */
  long of(long campaignId, String currency) {
    List<LeadCredit> credits = attribution.creditsOfCampaign(campaignId);
    Map<Long, List<Long>> wonByLead = figures.deals(
            credits.stream().map(LeadCredit::leadId).toList(), DealImportKind.CLOSED_WON,
            currency).stream()
        .collect(Collectors.groupingBy(RoiRepository.LeadDeal::leadId,
            Collectors.mapping(RoiRepository.LeadDeal::amount, Collectors.toList())));
    BigDecimal total = credits.stream()
        .flatMap(credit -> wonByLead.getOrDefault(credit.leadId(), List.of()).stream()
            .map(amount -> credit.creditShare().multiply(BigDecimal.valueOf(amount))))
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    return total.setScale(0, RoundingMode.HALF_UP).longValueExact();
  }
}
