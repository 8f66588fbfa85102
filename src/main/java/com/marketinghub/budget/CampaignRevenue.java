package com.marketinghub.budget;

import com.marketinghub.attribution.AttributionService;
import com.marketinghub.attribution.LeadCredit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * A campaign's revenue (docs/budget.md): each lead's confirmed share of the campaign's credit
 * (attribution's) times each of the lead's closed-won deals (budget's own), a deal in another
 * currency converted into the campaign's with the rate of its close date ({@link FxConversion});
 * summed exactly and rounded half up to a minor unit once, at the end. A deal without a rate is
 * left out and named in {@code missingRates}.
 */
@Component
class CampaignRevenue {

  private final AttributionService attribution;
  private final RoiRepository figures;
  private final FxConversion fx;

  CampaignRevenue(AttributionService attribution, RoiRepository figures, FxConversion fx) {
    this.attribution = attribution;
    this.figures = figures;
    this.fx = fx;
  }

  /**
   * @param amount in minor units of the campaign's currency
   * @param missingRates the rates a deal lacked, {@code USD->EUR on 2026-04-02} (or {@code
   *     USD->EUR (no close date)}), sorted, each once
   */
  record Revenue(long amount, List<String> missingRates) {}

  Revenue of(long campaignId, String currency) {
    List<LeadCredit> credits = attribution.creditsOfCampaign(campaignId);
    Map<Long, List<RoiRepository.LeadDeal>> wonByLead = figures.deals(
            credits.stream().map(LeadCredit::leadId).toList(), DealImportKind.CLOSED_WON)
        .stream().collect(Collectors.groupingBy(RoiRepository.LeadDeal::leadId));
    TreeSet<String> missing = new TreeSet<>();
    BigDecimal total = BigDecimal.ZERO;
    for (LeadCredit credit : credits) {
      for (RoiRepository.LeadDeal deal : wonByLead.getOrDefault(credit.leadId(), List.of())) {
        Optional<Long> amount = converted(deal, currency);
        if (amount.isPresent()) {
          total = total.add(credit.creditShare().multiply(BigDecimal.valueOf(amount.get())));
        } else {
          missing.add(deal.currency() + "->" + currency + (deal.closeDate() == null
              ? " (no close date)" : " on " + deal.closeDate()));
        }
      }
    }
    return new Revenue(total.setScale(0, RoundingMode.HALF_UP).longValueExact(),
        List.copyOf(missing));
  }

  private Optional<Long> converted(RoiRepository.LeadDeal deal, String currency) {
    if (deal.currency().equals(currency)) {
      return Optional.of(deal.amount());
    }
    return deal.closeDate() == null ? Optional.empty()
        : fx.convert(deal.amount(), deal.currency(), currency, deal.closeDate());
  }
}
