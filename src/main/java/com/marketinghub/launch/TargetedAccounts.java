package com.marketinghub.launch;

import com.marketinghub.security.Groups;
import com.marketinghub.sync.CsvExport;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The accounts a launch targets (their plan is a target segment, not churned), as the CSV the
 * announcement leaves in the outbox. Not a bean: not a daily export, one per launch.
 */
class TargetedAccounts implements CsvExport {

  static final List<String> COLUMNS = List.of("account_id", "account", "plan", "csm",
      "renewal_date", "contact_email");

  private final JdbcClient jdbc;
  private final Launch launch;

  TargetedAccounts(JdbcClient jdbc, Launch launch) {
    this.jdbc = jdbc;
    this.launch = launch;
  }

  /** The CSMs of the targeted accounts (user ids). */
  List<String> csms() {
    return jdbc.sql("""
            select distinct csm from account
            where not churned and lower(plan) in (:segments) and csm is not null order by csm""")
        .param("segments", launch.targetSegments()).query(String.class).list();
  }

  @Override
  public String name() {
    return "launch-" + launch.id() + "-targeted-accounts";
  }

  @Override
  public List<String> exportGroups() {
    return List.of(Groups.PRODUCT);
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
    jdbc.sql("""
            select external_id, name, plan, csm, renewal_date, contact_email from account
            where not churned and lower(plan) in (:segments) order by external_id""")
        .param("segments", launch.targetSegments())
        .query(rs -> {
          LocalDate renewal = rs.getObject(5, LocalDate.class);
          row.accept(new String[] {rs.getString(1), rs.getString(2), rs.getString(3),
              text(rs.getString(4)), renewal == null ? "" : renewal.toString(),
              text(rs.getString(6))});
        });
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }
}
