package com.marketinghub.budget;

import com.marketinghub.common.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Campaign ROI (docs/budget.md): revenue = the confirmed attribution share of each lead x the
 * lead's closed-won deals in the campaign's currency; spend = what Finance booked against the
 * campaign, or, before any actual, the approved commitment less what was released.
 */
@Component
public class RoiCalculator {

  /** Statuses of a lead that reached MQL (whatever Sales did with it afterwards). */
  static final List<String> REACHED_MQL = List.of("MQL", "ACCEPTED", "REJECTED", "RECYCLED",
      "SYNCED");
  static final List<String> ACCEPTED = List.of("ACCEPTED", "SYNCED");

  private final JdbcClient jdbc;
  private final BudgetRepository budget;

  RoiCalculator(JdbcClient jdbc, BudgetRepository budget) {
    this.jdbc = jdbc;
    this.budget = budget;
  }

  public Optional<CampaignRoi> roi(long campaignId) {
    Optional<String[]> campaign = jdbc.sql("select name, channel from campaign where id = :id")
        .param("id", campaignId)
        .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).optional();
    if (campaign.isEmpty()) {
      return Optional.empty();
    }
    Map<LedgerEntryType, Long> totals = budget.campaignTotals(campaignId);
    long spent = totals.get(LedgerEntryType.SPENT);
    long committed = totals.get(LedgerEntryType.COMMITTED);
    long released = totals.get(LedgerEntryType.RELEASED);
    boolean estimated = spent == 0 && committed > 0;
    long spend = estimated ? committed - released : spent;
    String currency = jdbc.sql("""
            select currency from budget_ledger where campaign_id = :id
            order by id fetch first 1 rows only""")
        .param("id", campaignId).query(String.class).optional().orElse(null);
    long revenue = currency == null ? 0 : revenue(campaignId, currency);
    long[] counts = leadCounts(campaignId);
    long leads = counts[0];
    long mqls = counts[1];
    long accepted = counts[2];
    BigDecimal roi = spend == 0 ? null : BigDecimal.valueOf(revenue - spend)
        .divide(BigDecimal.valueOf(spend), 4, RoundingMode.HALF_UP);
    return Optional.of(new CampaignRoi(campaignId, campaign.get()[0], campaign.get()[1],
        currency, revenue, spend, estimated, roi, leads, mqls, accepted, per(spend, leads),
        per(spend, mqls), per(spend, accepted)));
  }

  /**
   * The ROI of the channel's last five campaigns with budget booked (newest first), one line
   * each, leaving out {@code exceptCampaignId} (may be null).
   */
  public String channelHistory(String channel, Long exceptCampaignId) {
    String lines = jdbc.sql("""
            select distinct c.id from campaign c join budget_ledger l on l.campaign_id = c.id
            where lower(c.channel) = lower(:channel) and c.id <> :except
            order by c.id desc fetch first 5 rows only""")
        .param("channel", channel).param("except", exceptCampaignId == null ? -1 : exceptCampaignId)
        .query(Long.class).list().stream()
        .map(this::roi).flatMap(Optional::stream)
        .map(roi -> roi.campaign() + ": ROI " + (roi.roi() == null ? "-" : roi.roi())
            + ", spend " + Money.format(roi.spend()) + " " + roi.currency())
        .collect(java.util.stream.Collectors.joining("\n"));
    return lines.isEmpty() ? "No ROI figures yet for channel " + channel : lines;
  }

  private long revenue(long campaignId, String currency) {
    BigDecimal total = jdbc.sql("""
            select a.credit_share, d.amount_minor
            from attribution a join deal d on d.lead_id = a.lead_id
            where a.campaign_id = :campaign and d.stage = :won and d.currency = :currency""")
        .param("campaign", campaignId).param("won", DealImportKind.CLOSED_WON)
        .param("currency", currency)
        .query((rs, n) -> rs.getBigDecimal(1).multiply(BigDecimal.valueOf(rs.getLong(2))))
        .list().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    return total.setScale(0, RoundingMode.HALF_UP).longValueExact();
  }

  /**
   * Distinct leads with a touchpoint of the campaign: all, those that reached MQL, those
   * accepted.
   */
  private long[] leadCounts(long campaignId) {
    return jdbc.sql("""
            select count(distinct t.lead_id),
                count(distinct case when l.status in (:mql) then t.lead_id end),
                count(distinct case when l.status in (:accepted) then t.lead_id end)
            from touchpoint t join lead l on l.id = t.lead_id
            where t.campaign_id = :campaign""")
        .param("campaign", campaignId).param("mql", REACHED_MQL).param("accepted", ACCEPTED)
        .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).single();
  }

  private static Long per(long spend, long count) {
    return count == 0 ? null : BigDecimal.valueOf(spend)
        .divide(BigDecimal.valueOf(count), 0, RoundingMode.HALF_UP).longValueExact();
  }
}
