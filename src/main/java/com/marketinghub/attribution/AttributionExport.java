package com.marketinghub.attribution;

import com.marketinghub.security.Groups;
import com.marketinghub.sync.CsvExport;
import com.marketinghub.sync.CsvValues;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** attribution.csv: the confirmed credit of every lead, per campaign. */
@Component
class AttributionExport implements CsvExport {

  private static final List<String> COLUMNS = List.of("lead_id", "campaign_id", "campaign_name",
      "channel", "model", "credit_share", "confirmed_by", "confirmed_at");

  private final JdbcTemplate jdbc;

  AttributionExport(DataSource dataSource) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.jdbc.setFetchSize(1_000);
  }

  @Override
  public String name() {
    return "attribution";
  }

  @Override
  public List<String> exportGroups() {
    return List.of(Groups.MARKETING, Groups.MARKETING_OPS, Groups.FINANCE, Groups.ADMIN);
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
    jdbc.query("""
        select a.lead_id, a.campaign_id, c.name, c.channel, a.model, a.credit_share,
            a.confirmed_by, a.confirmed_at
        from attribution a join campaign c on c.id = a.campaign_id
        order by a.lead_id, a.campaign_id""",
        rs -> { row.accept(CsvValues.row(rs, COLUMNS.size())); });
  }
}
