package com.marketinghub.budget;

import com.marketinghub.attribution.Campaign;
import com.marketinghub.attribution.CampaignRepository;
import com.marketinghub.common.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Campaign ROI (docs/budget.md): revenue = the confirmed attribution share of each lead x the
 * lead's closed-won deals, converted into the campaign's currency with Finance's rates (a deal
 * without one left out and flagged); spend = what Finance booked against the
 * campaign, or, before any actual, the approved commitment less what was released. Until the
 * campaign's attribution window is over the figures are its ROI to date ({@code isFinal} false).
 */
@Component
public class RoiCalculator {

  /** Statuses of a lead that reached MQL (whatever Sales did with it afterwards). */
  static final List<String> REACHED_MQL = List.of("MQL", "ACCEPTED", "REJECTED", "RECYCLED",
      "SYNCED");
  static final List<String> ACCEPTED = List.of("ACCEPTED", "SYNCED");

  private final CampaignRepository campaigns;
  private final BudgetRepository budget;
  private final RoiRepository figures;
  private final CampaignRevenue revenues;
  private final CampaignLeadCounts leadCounts;
  private final AttributionWindow window;

  RoiCalculator(CampaignRepository campaigns, BudgetRepository budget, RoiRepository figures,
      CampaignRevenue revenues, CampaignLeadCounts leadCounts, AttributionWindow window) {
    this.campaigns = campaigns;
    this.budget = budget;
    this.figures = figures;
    this.revenues = revenues;
    this.leadCounts = leadCounts;
    this.window = window;
  }

  public Optional<CampaignRoi> roi(long campaignId) {
    Optional<Campaign> campaign = campaigns.findById(campaignId);
    if (campaign.isEmpty()) {
      return Optional.empty();
    }
    Map<LedgerEntryType, Long> totals = budget.campaignTotals(campaignId);
    long spent = totals.get(LedgerEntryType.SPENT);
    long committed = totals.get(LedgerEntryType.COMMITTED);
    long released = totals.get(LedgerEntryType.RELEASED);
    boolean estimated = spent == 0 && committed > 0;
    long spend = estimated ? committed - released : spent;
    String currency = budget.campaignCurrency(campaignId).orElse(null);
    CampaignRevenue.Revenue revenue = currency == null
        ? new CampaignRevenue.Revenue(0, List.of()) : revenues.of(campaignId, currency);
    CampaignLeadCounts.LeadCounts counts = leadCounts.of(campaignId, REACHED_MQL, ACCEPTED);
    long leads = counts.leads();
    long mqls = counts.mqls();
    long accepted = counts.accepted();
    BigDecimal roi = spend == 0 ? null : BigDecimal.valueOf(revenue.amount() - spend)
        .divide(BigDecimal.valueOf(spend), 4, RoundingMode.HALF_UP);
    // The end its ROI review waits for: its approved requests' campaign end date, else its own.
    LocalDate end = figures.approvedCampaignEnd(campaignId)
        .orElse(campaign.get().endDate());
    LocalDate windowEndsOn = end == null ? null : window.endsOn(end);
    boolean isFinal = end != null && window.isClosed(end);
    return Optional.of(new CampaignRoi(campaignId, campaign.get().name(),
        campaign.get().channel(), currency, revenue.amount(), spend, estimated, roi, leads, mqls,
        accepted, per(spend, leads), per(spend, mqls), per(spend, accepted), windowEndsOn,
        isFinal, revenue.missingRates()));
  }

  /**
   * The ROI of the channel's last five campaigns with budget booked (newest first), one line
   * each, leaving out {@code exceptCampaignId} (may be null).
   */
  public String channelHistory(String channel, Long exceptCampaignId) {
    String lines = recentBookedCampaigns(channel, exceptCampaignId).stream()
        .map(this::roi).flatMap(Optional::stream)
        .map(roi -> roi.campaign() + ": ROI " + (roi.roi() == null ? "-" : roi.roi())
            + ", spend " + Money.format(roi.spend()) + " " + roi.currency())
        .collect(Collectors.joining("\n"));
    return lines.isEmpty() ? "No ROI figures yet for channel " + channel : lines;
  }

  /** The channel's five newest campaigns (highest ids) with budget booked against them. */
  private List<Long> recentBookedCampaigns(String channel, Long exceptCampaignId) {
    List<Long> inChannel = campaigns.idsInChannel(channel).stream()
        .filter(id -> !id.equals(exceptCampaignId)).toList();
    Set<Long> booked = figures.bookedCampaigns(inChannel);
    return inChannel.stream().filter(booked::contains).limit(5).toList();
  }

  private static Long per(long spend, long count) {
    return count == 0 ? null : BigDecimal.valueOf(spend)
        .divide(BigDecimal.valueOf(count), 0, RoundingMode.HALF_UP).longValueExact();
  }
}
