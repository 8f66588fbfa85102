package com.marketinghub.budget;

import com.marketinghub.attribution.LeadDirectory;
import com.marketinghub.budget.DealRepository.Deal;
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
import org.springframework.stereotype.Component;

/**
 * Deals from Sales' CRM as CSV rows (kind {@code deals}): the revenue side of campaign ROI.
 * Natural key: the CRM's deal id; a deal belongs to a lead, found by lead id or by e-mail (the
 * most recent lead with it). Stages are stored lower-case with underscores ("Closed Won" is
 * {@code closed_won}, the stage ROI counts).
 */
@Component
class DealImportKind implements ImportKind<Deal> {

  static final String CLOSED_WON = "closed_won";

  private static final List<ImportColumn> COLUMNS = List.of(
      ImportColumn.required("dealId", "Deal ID", "Opportunity ID", "Record ID"),
      ImportColumn.optional("leadId", "Lead Id"),
      ImportColumn.optional("email", "Contact Email", "Email Address", "E-mail"),
      ImportColumn.required("amount", "Deal Amount", "Amount"),
      ImportColumn.required("currency", "Currency Code", "Deal Currency"),
      ImportColumn.required("stage", "Deal Stage", "Stage"),
      ImportColumn.optional("closeDate", "Close Date", "Closed Date"));

  private final DealRepository deals;
  private final LeadDirectory leads;
  private final Clock clock;

  DealImportKind(DealRepository deals, LeadDirectory leads, Clock clock) {
    this.deals = deals;
    this.leads = leads;
    this.clock = clock;
  }

  @Override
  public String name() {
    return "deals";
  }

  @Override
  public List<ImportColumn> columns() {
    return COLUMNS;
  }

  @Override
  public Deal parse(CsvRow row, ImportContext context) throws RowRejectedException {
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
    return new Deal(dealId, leadId, amount, currency, stage, closeDate);
  }

  private Long lead(String leadId, String email, List<String> problems) {
    if (leadId != null) {
      try {
        long id = Long.parseLong(leadId.trim());
        if (leads.exists(id)) {
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
    Long id = leads.newestWithEmail(email.trim().toLowerCase(Locale.ROOT)).orElse(null);
    if (id == null) {
      problems.add("no lead with e-mail " + email);
    }
    return id;
  }

  @Override
  public List<RowOutcome> write(List<Deal> records) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    List<RowOutcome> outcomes = new ArrayList<>(records.size());
    for (Deal deal : records) {
      Deal existing = deals.find(deal.dealId()).orElse(null);
      if (existing == null) {
        deals.insert(deal, now);
        outcomes.add(RowOutcome.CREATED);
      } else if (Objects.equals(existing, deal)) {
        outcomes.add(RowOutcome.UNCHANGED);
      } else {
        deals.update(deal, now);
        outcomes.add(RowOutcome.UPDATED);
      }
    }
    return outcomes;
  }
}
