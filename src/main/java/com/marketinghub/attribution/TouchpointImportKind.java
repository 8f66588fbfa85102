package com.marketinghub.attribution;

import com.marketinghub.sync.CsvRow;
import com.marketinghub.sync.ImportColumn;
import com.marketinghub.sync.ImportContext;
import com.marketinghub.sync.ImportKind;
import com.marketinghub.sync.RowOutcome;
import com.marketinghub.sync.RowRejectedException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Touchpoints as CSV rows (kind {@code touchpoints}): the lead by its e-mail (the most recent
 * lead with it), the campaign by its name; natural key: lead, campaign, type and time.
 */
@Component
class TouchpointImportKind implements ImportKind<TouchpointImportKind.TouchpointRow> {

  private static final List<ImportColumn> COLUMNS = List.of(
      ImportColumn.required("email", "Email Address", "Contact Email", "E-mail"),
      ImportColumn.required("campaign", "Campaign Name", "Campaign"),
      ImportColumn.required("type", "Touchpoint Type", "Activity Type", "Interaction"),
      ImportColumn.required("occurredAt", "Occurred At", "Timestamp", "Date"));

  private final TouchpointRepository touchpoints;
  private final ApplicationEventPublisher events;
  private final CampaignRepository campaigns;
  private final LeadDirectory leads;
  private final Clock clock;

  TouchpointImportKind(TouchpointRepository touchpoints, CampaignRepository campaigns,
      LeadDirectory leads, ApplicationEventPublisher events, Clock clock) {
    this.events = events;
    this.touchpoints = touchpoints;
    this.campaigns = campaigns;
    this.leads = leads;
    this.clock = clock;
  }

  @Override
  public String name() {
    return "touchpoints";
  }

  @Override
  public List<ImportColumn> columns() {
    return COLUMNS;
  }

  @Override
  public TouchpointRow parse(CsvRow row, ImportContext context) throws RowRejectedException {
    List<String> problems = new ArrayList<>();
    Long leadId = null;
    if (row.get("email") == null) {
      problems.add("email is required");
    } else {
      leadId = leads.highestIdWithEmail(row.get("email").toLowerCase(Locale.ROOT))
          .orElse(null);
      if (leadId == null) {
        problems.add("no lead with e-mail '" + row.get("email") + "'");
      }
    }
    Long campaignId = null;
    if (row.get("campaign") == null) {
      problems.add("campaign is required");
    } else {
      campaignId = campaigns.findByName(row.get("campaign")).map(Campaign::id).orElse(null);
      if (campaignId == null) {
        problems.add("no campaign named '" + row.get("campaign") + "' (import campaigns first)");
      }
    }
    String type = row.get("type");
    if (type == null) {
      problems.add("type is required");
    } else if (type.length() > 50) {
      problems.add("type must be at most 50 characters");
    }
    OffsetDateTime at = time(row.get("occurredAt"), problems);
    if (!problems.isEmpty()) {
      throw new RowRejectedException(String.join("; ", problems));
    }
    return new TouchpointRow(leadId, campaignId, type.toLowerCase(Locale.ROOT), at);
  }

  @Override
  public List<RowOutcome> write(List<TouchpointRow> records) {
    List<RowOutcome> outcomes = new ArrayList<>();
    Set<Long> engaged = new HashSet<>();
    for (TouchpointRow row : records) {
      if (touchpoints.exists(row.leadId(), row.campaignId(), row.type(), row.occurredAt())) {
        outcomes.add(RowOutcome.UNCHANGED);
      } else {
        touchpoints.insert(row.leadId(), row.campaignId(), row.type(), row.occurredAt());
        outcomes.add(RowOutcome.CREATED);
        engaged.add(row.leadId());
      }
    }
    if (!engaged.isEmpty()) {
      events.publishEvent(new TouchpointsRecorded(engaged));
    }
    return outcomes;
  }

  /** ISO date-time with offset, or a date (midnight in the business zone). */
  private OffsetDateTime time(String value, List<String> problems) {
    if (value == null) {
      problems.add("occurredAt is required");
      return null;
    }
    try {
      return OffsetDateTime.parse(value);
    } catch (DateTimeParseException notDateTime) {
      try {
        return LocalDate.parse(value).atStartOfDay(clock.getZone()).toOffsetDateTime();
      } catch (DateTimeParseException notDate) {
        problems.add("occurredAt '" + value + "' is neither an ISO date-time "
            + "(2026-11-27T09:00:00Z) nor a date (2026-11-27)");
        return null;
      }
    }
  }

  record TouchpointRow(Long leadId, Long campaignId, String type, OffsetDateTime occurredAt) {}
}
