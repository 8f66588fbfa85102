package com.marketinghub.attribution;

import com.marketinghub.sync.CsvRow;
import com.marketinghub.sync.ImportColumn;
import com.marketinghub.sync.ImportContext;
import com.marketinghub.sync.ImportKind;
import com.marketinghub.sync.RowOutcome;
import com.marketinghub.sync.RowRejectedException;
import com.marketinghub.sync.RowValues;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;

/** Campaigns as CSV rows (kind {@code campaigns}); natural key: the name. */
@Component
class CampaignImportKind implements ImportKind<CampaignImportKind.CampaignRow> {

  private static final List<ImportColumn> COLUMNS = List.of(
      ImportColumn.required("name", "Campaign Name", "Campaign"),
      ImportColumn.required("channel", "Campaign Type", "Type", "Medium"),
      ImportColumn.optional("startDate", "Start Date", "Start"),
      ImportColumn.optional("endDate", "End Date", "End"));

  private final CampaignRepository campaigns;
  private final Clock clock;

  CampaignImportKind(CampaignRepository campaigns, Clock clock) {
    this.campaigns = campaigns;
    this.clock = clock;
  }

  @Override
  public String name() {
    return "campaigns";
  }

  @Override
  public List<ImportColumn> columns() {
    return COLUMNS;
  }

  @Override
  public CampaignRow parse(CsvRow row, ImportContext context) throws RowRejectedException {
    List<String> problems = new ArrayList<>();
    String name = row.get("name");
    String channel = row.get("channel");
    if (name == null) {
      problems.add("name is required");
    } else if (name.length() > 200) {
      problems.add("name must be at most 200 characters");
    }
    if (channel == null) {
      problems.add("channel is required");
    } else if (channel.length() > 50) {
      problems.add("channel must be at most 50 characters");
    }
    LocalDate start = RowValues.date("startDate", row.get("startDate"), problems);
    LocalDate end = RowValues.date("endDate", row.get("endDate"), problems);
    if (start != null && end != null && end.isBefore(start)) {
      problems.add("endDate " + end + " is before startDate " + start);
    }
    if (!problems.isEmpty()) {
      throw new RowRejectedException(String.join("; ", problems));
    }
    return new CampaignRow(name, channel, start, end);
  }

  @Override
  public List<RowOutcome> write(List<CampaignRow> records) {
    List<RowOutcome> outcomes = new ArrayList<>();
    OffsetDateTime now = OffsetDateTime.now(clock);
    for (CampaignRow row : records) {
      var existing = campaigns.findByName(row.name());
      if (existing.isEmpty()) {
        campaigns.insert(row.name(), row.channel(), row.startDate(), row.endDate(), now);
        outcomes.add(RowOutcome.CREATED);
      } else if (Objects.equals(existing.get().channel(), row.channel())
          && Objects.equals(existing.get().startDate(), row.startDate())
          && Objects.equals(existing.get().endDate(), row.endDate())) {
        outcomes.add(RowOutcome.UNCHANGED);
      } else {
        campaigns.update(existing.get().id(), row.channel(), row.startDate(), row.endDate());
        outcomes.add(RowOutcome.UPDATED);
      }
    }
    return outcomes;
  }

  record CampaignRow(String name, String channel, LocalDate startDate, LocalDate endDate) {}
}
