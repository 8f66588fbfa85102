package com.marketinghub.attribution;

import com.marketinghub.sync.CsvExport;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/** attribution.csv: the confirmed credit of every lead, per campaign. */
@Component
class AttributionExport implements CsvExport {

  private static final List<String> COLUMNS = List.of("lead_id", "campaign_id", "campaign_name",
      "channel", "model", "credit_share", "confirmed_by", "confirmed_at");

  private final AttributionRepository attributions;

  AttributionExport(AttributionRepository attributions) {
    this.attributions = attributions;
  }

  @Override
  public String name() {
    return "attribution";
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
    attributions.forEachConfirmedCredit(row);
  }
}
