package com.marketinghub.budget;

import com.marketinghub.security.Groups;
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
import java.util.Locale;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Deals from Sales' CRM as CSV rows (kind {@code deals}): the revenue side of campaign ROI.
 * Natural key: the CRM's deal id; a deal belongs to a lead, found by lead id or by e-mail (the
 * most recent lead with it). Stages are stored lower-case with underscores ("Closed Won" is
 * {@code closed_won}, the stage ROI counts).
 */
@Component
class DealImportKind implements ImportKind<DealImportKind.DealRow> {

  static final String CLOSED_WON = "closed_won";

  private static final List<ImportColumn> COLUMNS = List.of(
      ImportColumn.required("dealId", "Deal ID", "Opportunity ID", "Record ID"),
      ImportColumn.optional("leadId", "Lead Id"),
      ImportColumn.optional("email", "Contact Email", "Email Address", "E-mail"),
      ImportColumn.required("amount", "Deal Amount", "Amount"),
      ImportColumn.required("currency", "Currency Code", "Deal Currency"),
      ImportColumn.required("stage", "Deal Stage", "Stage"),
      ImportColumn.optional("closeDate", "Close Date", "Closed Date"));

  private final JdbcClient jdbc;
  private final Clock clock;

  DealImportKind(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public String name() {
    return "deals";
  }

  @Override
  public List<String> importGroups() {
    return List.of(Groups.SALES_MANAGERS, Groups.MARKETING_OPS);
  }

  @Override
  public List<ImportColumn> columns() {
    return COLUMNS;
  }

  @Override
  public DealRow parse(CsvRow row, ImportContext context) throws RowRejectedException {
    List<String> problems = new ArrayList<>();
    String dealId = row.get("dealId");
    if (dealId != null && dealId.length() > 200) {
      problems.add("dealId must be at most 200 characters");
    }
    Long leadId = lead(row.get("leadId"), row.get("email"), problems);
    Long amount = BudgetImportRows.amount("amount", row.get("amount"), problems);
    String currency = BudgetImportRows.currency(row.get("currency"), problems);
    String stage = row.get("stage") == null ? null
        : row.get("stage").trim().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    if (stage != null && stage.length() > 50) {
      problems.add("stage must be at most 50 characters");
    }
    LocalDate closeDate = RowValues.date("closeDate", row.get("closeDate"), problems);
    if (!problems.isEmpty()) {
      throw new RowRejectedException(String.join("; ", problems));
    }
    return new DealRow(dealId, leadId, amount, currency, stage, closeDate);
  }

  private Long lead(String leadId, String email, List<String> problems) {
    if (leadId != null) {
      try {
        long id = Long.parseLong(leadId.trim());
        if (jdbc.sql("select count(*) from lead where id = :id").param("id", id)
            .query(Long.class).single() == 1) {
          return id;
        }
        problems.add("no lead with id " + id);
      } catch (NumberFormatException e) {
        problems.add("leadId '" + leadId + "' is not a number");
      }
      return null;
    }
    if (email == null) {
      problems.add("leadId or email is required");
      return null;
    }
    Long id = jdbc.sql("""
            select id from lead where lower(email) = :email
            order by created_at desc, id desc fetch first 1 rows only""")
        .param("email", email.trim().toLowerCase(Locale.ROOT)).query(Long.class).optional()
        .orElse(null);
    if (id == null) {
      problems.add("no lead with e-mail " + email);
    }
    return id;
  }

  @Override
  public List<RowOutcome> write(List<DealRow> records) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    List<RowOutcome> outcomes = new ArrayList<>(records.size());
    for (DealRow deal : records) {
      DealRow existing = jdbc.sql("""
              select external_id, lead_id, amount_minor, currency, stage, close_date
              from deal where external_id = :id""")
          .param("id", deal.dealId())
          .query((rs, n) -> new DealRow(rs.getString(1), rs.getLong(2), rs.getLong(3),
              rs.getString(4), rs.getString(5), rs.getObject(6, LocalDate.class)))
          .optional().orElse(null);
      if (existing == null) {
        jdbc.sql("""
                insert into deal (external_id, lead_id, amount_minor, currency, stage,
                    close_date, imported_at)
                values (:id, :lead, :amount, :currency, :stage, :closeDate, :now)""")
            .param("id", deal.dealId()).param("lead", deal.leadId())
            .param("amount", deal.amount()).param("currency", deal.currency())
            .param("stage", deal.stage()).param("closeDate", deal.closeDate())
            .param("now", now).update();
        outcomes.add(RowOutcome.CREATED);
      } else if (Objects.equals(existing, deal)) {
        outcomes.add(RowOutcome.UNCHANGED);
      } else {
        jdbc.sql("""
                update deal set lead_id = :lead, amount_minor = :amount, currency = :currency,
                    stage = :stage, close_date = :closeDate, imported_at = :now
                where external_id = :id""")
            .param("id", deal.dealId()).param("lead", deal.leadId())
            .param("amount", deal.amount()).param("currency", deal.currency())
            .param("stage", deal.stage()).param("closeDate", deal.closeDate())
            .param("now", now).update();
        outcomes.add(RowOutcome.UPDATED);
      }
    }
    return outcomes;
  }

  record DealRow(String dealId, Long leadId, Long amount, String currency, String stage,
      LocalDate closeDate) {}
}
