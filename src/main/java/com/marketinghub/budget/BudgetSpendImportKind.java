package com.marketinghub.budget;

import com.marketinghub.attribution.Campaign;
import com.marketinghub.attribution.CampaignRepository;
import com.marketinghub.common.Quarter;
import com.marketinghub.sync.CsvRow;
import com.marketinghub.sync.ImportColumn;
import com.marketinghub.sync.ImportContext;
import com.marketinghub.sync.ImportKind;
import com.marketinghub.sync.RowOutcome;
import com.marketinghub.sync.RowRejectedException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Actual marketing spend from Finance's CSV (kind {@code budget-spend}, Finance only, daily in
 * the sync): one {@code SPENT} ledger entry per Finance reference (invoice or booking number),
 * the natural key. The same reference again is unchanged, or, when Finance corrected it, its new
 * figure replaces the old one (0.00: cancelled). The ledger counts each actual once: out of its
 * campaign's open commitment, beyond it as the campaign's over-commitment, or without a campaign
 * straight against the budget line (docs/budget.md, "Plan versus actual").
 */
@Component
class BudgetSpendImportKind implements ImportKind<BudgetSpendImportKind.SpendRow> {

  private static final List<ImportColumn> COLUMNS = List.of(
      ImportColumn.required("reference", "Invoice", "Invoice Number", "Document Number",
          "Booking Reference"),
      ImportColumn.optional("quarter", "Fiscal Quarter", "Period"),
      ImportColumn.optional("date", "Invoice Date", "Booking Date", "Posting Date"),
      ImportColumn.required("channel", "Marketing Channel", "Cost Center"),
      ImportColumn.required("amount", "Net Amount", "Amount"),
      ImportColumn.required("currency", "Currency Code"),
      ImportColumn.optional("campaign", "Campaign Name", "Campaign"));

  private final BudgetRepository budget;
  private final CampaignRepository campaigns;
  private final Clock clock;

  BudgetSpendImportKind(BudgetRepository budget, CampaignRepository campaigns, Clock clock) {
    this.budget = budget;
    this.campaigns = campaigns;
    this.clock = clock;
  }

  @Override
  public String name() {
    return "budget-spend";
  }

  @Override
  public List<ImportColumn> columns() {
    return COLUMNS;
  }

  @Override
  public SpendRow parse(CsvRow row, ImportContext context) throws RowRejectedException {
    List<String> problems = new ArrayList<>();
    String reference = row.get("reference");
    if (reference == null) {
      problems.add("reference is required");
    } else if (reference.length() > 200) {
      problems.add("reference must be at most 200 characters");
    }
    String quarter = BudgetImportRows.quarter(row.get("quarter"), row.get("date"), problems);
    String channel = BudgetImportRows.channel(row.get("channel"), problems);
    Long amount = BudgetImportRows.amount("amount", row.get("amount"), problems);
    String currency = BudgetImportRows.currency(row.get("currency"), problems);
    Long campaignId = null;
    String campaign = row.get("campaign");
    if (campaign != null) {
      campaignId = campaigns.findByName(campaign).map(Campaign::id).orElse(null);
      if (campaignId == null) {
        // Booked to no campaign, the spend would vanish from that campaign's ROI.
        problems.add("campaign '" + campaign + "' is not known; import campaigns first");
      }
    }
    if (!problems.isEmpty()) {
      throw new RowRejectedException(String.join("; ", problems));
    }
    return new SpendRow(reference, new BudgetRepository.Spent(0, quarter, channel, amount,
        currency, campaignId));
  }

  @Override
  public List<RowOutcome> write(List<SpendRow> records) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    List<RowOutcome> outcomes = new ArrayList<>(records.size());
    for (SpendRow row : records) {
      BudgetRepository.Spent spent = row.spent();
      var existing = budget.findSpent(row.reference());
      if (existing.isEmpty()) {
        budget.book(spent.quarter(), spent.channel(), LedgerEntryType.SPENT, spent.amount(),
            spent.currency(), null, spent.campaignId(), row.reference(), "csv-import", now);
        outcomes.add(RowOutcome.CREATED);
      } else if (new BudgetRepository.Spent(existing.get().id(), spent.quarter(), spent.channel(),
          spent.amount(), spent.currency(), spent.campaignId()).equals(existing.get())) {
        outcomes.add(RowOutcome.UNCHANGED);
      } else {
        budget.updateSpent(existing.get().id(), spent, "csv-import", now);
        outcomes.add(RowOutcome.UPDATED);
      }
    }
    return outcomes;
  }

  record SpendRow(String reference, BudgetRepository.Spent spent) {}
}
