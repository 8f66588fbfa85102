package com.marketinghub.attribution;

import com.marketinghub.attribution.AttributionRepository.CampaignShare;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** Suggests credit per campaign under each model, and stores the credit a marketer confirms. */
@Service
public class AttributionService {

  private static final int SCALE = 6;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final TouchpointRepository touchpoints;
  private final AttributionRepository attributions;
  private final AttributionCalculator calculator;
  private final LeadDirectory leads;

  AttributionService(TouchpointRepository touchpoints, AttributionRepository attributions,
      AttributionCalculator calculator, LeadDirectory leads) {
    this.touchpoints = touchpoints;
    this.attributions = attributions;
    this.calculator = calculator;
    this.leads = leads;
  }

  /** Each calculated model's shares per campaign name, for the confirmation form. */
  public String describeSuggestions(long leadId, OffsetDateTime conversion) {
    List<Touchpoint> touches = touchpoints.findByLead(leadId);
    if (touches.isEmpty()) {
      return "No touchpoints recorded: no campaign gets credit, whatever model is confirmed.";
    }
    Map<Long, String> names = campaignNames(touches);
    StringBuilder text = new StringBuilder();
    for (AttributionModel model : AttributionModel.values()) {
      if (model == AttributionModel.CUSTOM) {
        continue;
      }
      text.append(model.formValue()).append(": ");
      text.append(calculator.shares(model, touches, conversion).entrySet().stream()
          .map(e -> names.get(e.getKey()) + " (id " + e.getKey() + ") "
              + percent(e.getValue()) + "%")
          .collect(Collectors.joining(", ")));
      text.append('\n');
    }
    return text.toString().strip();
  }

  /**
   * Stores the confirmed credit, replacing an earlier confirmation.
   *
   * @param customShares for the custom model: {@code campaignId=percent} per line (or separated
   *     by commas or semicolons), summing to 100
   * @throws IllegalArgumentException naming what is wrong with the model or the shares
   */
  public List<ConfirmedCredit> confirm(long leadId, String modelValue, String customShares,
      String confirmedBy, OffsetDateTime now) {
    AttributionModel model = AttributionModel.fromFormValue(modelValue);
    List<Touchpoint> touches = touchpoints.findByLead(leadId);
    Map<Long, BigDecimal> shares = model == AttributionModel.CUSTOM
        ? parseCustom(customShares, campaignNames(touches).keySet())
        : toDecimal(calculator.shares(model, touches, now));
    List<CampaignShare> rows = new ArrayList<>();
    shares.forEach((campaign, share) -> rows.add(new CampaignShare(campaign, share)));
    attributions.replace(leadId, model, rows, confirmedBy, now);
    return attributions.findByLead(leadId);
  }

  /** "Jane Doe (ACME GmbH)": who the lead is, for task names; "lead 42" when it is gone. */
  public String leadLabel(long leadId) {
    return leads.label(leadId).orElse("lead " + leadId);
  }

  public List<ConfirmedCredit> confirmedCredit(long leadId) {
    return attributions.findByLead(leadId);
  }

  /** The confirmed credit of one campaign: each lead's share, by lead (campaign ROI's revenue). */
  public List<LeadCredit> creditsOfCampaign(long campaignId) {
    return attributions.findByCampaign(campaignId);
  }

  static Map<Long, BigDecimal> parseCustom(String text, java.util.Set<Long> campaigns) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException(
          "The custom model needs shares: one 'campaignId=percent' per line, summing to 100");
    }
    Map<Long, BigDecimal> percents = new LinkedHashMap<>();
    for (String part : text.split("[\\n;,]+")) {
      if (part.isBlank()) {
        continue;
      }
      String[] pair = part.replace("%", "").split("[=:]");
      try {
        long campaign = Long.parseLong(pair[0].trim());
        BigDecimal percent = new BigDecimal(pair[1].trim());
        if (!campaigns.contains(campaign)) {
          throw new IllegalArgumentException("Campaign " + campaign
              + " did not touch this lead; its campaigns are " + campaigns);
        }
        if (percent.signum() <= 0) {
          throw new IllegalArgumentException("Share of campaign " + campaign + " must be positive");
        }
        percents.merge(campaign, percent, BigDecimal::add);
      } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
        throw new IllegalArgumentException("Cannot read custom share '" + part.trim()
            + "': write campaignId=percent, for example 12=60");
      }
    }
    BigDecimal sum = percents.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    if (sum.subtract(HUNDRED).abs().compareTo(new BigDecimal("0.01")) > 0) {
      throw new IllegalArgumentException("Custom shares must sum to 100%, they sum to "
          + sum.stripTrailingZeros().toPlainString() + "%");
    }
    Map<Long, Double> fractions = new LinkedHashMap<>();
    percents.forEach((campaign, percent) -> fractions.put(campaign,
        percent.divide(sum, 10, RoundingMode.HALF_UP).doubleValue()));
    return toDecimal(fractions);
  }

  /** Rounds to the column's scale, the last campaign taking the rounding rest: sum exactly 1. */
  static Map<Long, BigDecimal> toDecimal(Map<Long, Double> shares) {
    Map<Long, BigDecimal> result = new LinkedHashMap<>();
    BigDecimal rest = BigDecimal.ONE;
    int i = 0;
    for (Map.Entry<Long, Double> share : shares.entrySet()) {
      BigDecimal value = ++i == shares.size()
          ? rest : BigDecimal.valueOf(share.getValue()).setScale(SCALE, RoundingMode.HALF_UP);
      result.put(share.getKey(), value);
      rest = rest.subtract(value);
    }
    return result;
  }

  private static Map<Long, String> campaignNames(List<Touchpoint> touches) {
    Map<Long, String> names = new LinkedHashMap<>();
    touches.forEach(t -> names.putIfAbsent(t.campaignId(), t.campaignName()));
    return names;
  }

  private static String percent(double share) {
    return BigDecimal.valueOf(share * 100).setScale(1, RoundingMode.HALF_UP).toPlainString();
  }
}
