package com.marketinghub.account;

import com.marketinghub.common.Money;
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
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Customer accounts from the CRM as CSV rows (kind {@code accounts}); natural key: the CRM's
 * account id. A known account takes the file's values.
 */
@Component
class AccountImportKind implements ImportKind<AccountRow> {

  private static final Set<String> YES = Set.of("true", "yes", "1", "y");

  private static final List<ImportColumn> COLUMNS = List.of(
      ImportColumn.required("accountId", "Account ID", "Company ID", "Record ID"),
      ImportColumn.required("name", "Account Name", "Company Name"),
      ImportColumn.required("plan", "Tier", "Subscription"),
      ImportColumn.required("seatsPurchased", "Seats", "Seats Purchased", "Licenses"),
      ImportColumn.required("annualValue", "ARR", "Annual Value", "Annual Contract Value"),
      ImportColumn.required("currency", "Currency Code"),
      ImportColumn.optional("renewalDate", "Renewal Date", "Contract End"),
      ImportColumn.optional("csm", "CSM", "Customer Success Manager", "Account Owner"),
      ImportColumn.optional("churned", "Churned", "Is Churned"),
      ImportColumn.optional("country", "Country Code"),
      ImportColumn.optional("employees", "Company Size", "Number of Employees"),
      ImportColumn.optional("contactEmail", "Contact Email", "Primary Contact Email"),
      ImportColumn.optional("domains", "Domains", "Email Domains", "Website Domain"),
      ImportColumn.optional("ownerTeam", "Owner Team", "Sales Team", "Account Team"));

  /** An account lists at most this many domains. */
  static final int MAX_DOMAINS = 20;
  private static final String LABEL = "[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?";
  private static final String DOMAIN = LABEL + "(\\." + LABEL + ")+";

  private final AccountRepository accounts;
  private final Set<String> freeMail;
  private final Clock clock;

  AccountImportKind(AccountRepository accounts, AccountMatchingProperties matching,
      Clock clock) {
    this.accounts = accounts;
    this.freeMail = matching.freeMail();
    this.clock = clock;
  }

  @Override
  public String name() {
    return "accounts";
  }

  @Override
  public List<ImportColumn> columns() {
    return COLUMNS;
  }

  @Override
  public AccountRow parse(CsvRow row, ImportContext context) throws RowRejectedException {
    List<String> problems = new ArrayList<>();
    String id = RowValues.required("accountId", row.get("accountId"), 200, problems);
    String name = RowValues.required("name", row.get("name"), 200, problems);
    String plan = RowValues.required("plan", row.get("plan"), 50, problems);
    int seats = RowValues.count("seatsPurchased", row.get("seatsPurchased"), problems);
    long value = 0;
    try {
      value = Money.parseMinor(row.get("annualValue"));
    } catch (IllegalArgumentException | ArithmeticException e) {
      problems.add("annualValue '" + row.get("annualValue") + "' is not an amount");
    }
    String currency = row.get("currency") == null ? null
        : row.get("currency").trim().toUpperCase(Locale.ROOT);
    if (currency == null || currency.length() != 3) {
      problems.add("currency '" + row.get("currency") + "' is not a currency code");
    }
    LocalDate renewal = RowValues.date("renewalDate", row.get("renewalDate"), problems);
    String csm = row.get("csm");
    if (csm != null && csm.length() > 64) {
      problems.add("csm must be a user id of at most 64 characters");
    }
    boolean churned = row.get("churned") != null
        && YES.contains(row.get("churned").trim().toLowerCase(Locale.ROOT));
    String country = row.get("country") == null ? null
        : row.get("country").trim().toUpperCase(Locale.ROOT);
    if (country != null && !country.matches("[A-Z]{2}")) {
      problems.add("country '" + row.get("country") + "' is not a two-letter ISO code");
    }
    Integer employees = row.get("employees") == null ? null
        : RowValues.count("employees", row.get("employees"), problems);
    String contact = row.get("contactEmail") == null ? null : row.get("contactEmail").trim();
    if (contact != null && (contact.length() > 320 || !contact.matches("[^@\\s]+@[^@\\s]+"))) {
      problems.add("contactEmail '" + contact + "' is not an e-mail address");
    }
    List<String> domains = domains(row.get("domains"), problems);
    String ownerTeam = row.get("ownerTeam") == null ? null : row.get("ownerTeam").trim();
    if (ownerTeam != null && !ownerTeam.matches("[a-zA-Z0-9-]{1,64}")) {
      problems.add("ownerTeam '" + ownerTeam + "' is not a group id (letters, digits, hyphens)");
    }
    if (!problems.isEmpty()) {
      throw new RowRejectedException(String.join("; ", problems));
    }
    return new AccountRow(id, name, plan, seats, value, currency, renewal, csm, churned,
        country, employees, contact, domains, ownerTeam);
  }

  /** "acme.com; acme.de" (semicolons, commas or spaces between): lower case, each checked. */
  private List<String> domains(String cell, List<String> problems) {
    if (cell == null || cell.isBlank()) {
      return List.of();
    }
    List<String> domains = new ArrayList<>();
    for (String part : cell.trim().toLowerCase(Locale.ROOT).split("[;,\\s]+")) {
      String domain = part.startsWith("@") ? part.substring(1) : part;
      if (domain.length() > 253 || !domain.matches(DOMAIN)) {
        problems.add("domains: '" + part + "' is not a domain like example.com");
      } else if (freeMail.contains(domain)) {
        problems.add("domains: " + domain + " is a free-mail domain and cannot identify an "
            + "account (marketing-hub.account-matching.free-mail-domains)");
      } else if (!domains.contains(domain)) {
        domains.add(domain);
      }
    }
    if (domains.size() > MAX_DOMAINS) {
      problems.add("domains: at most " + MAX_DOMAINS + " per account");
    }
    return domains;
  }

  @Override
  public List<RowOutcome> write(List<AccountRow> records) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    List<RowOutcome> outcomes = new ArrayList<>(records.size());
    for (AccountRow account : records) {
      Optional<AccountRow> stored = accounts.findRow(account.accountId());
      if (stored.isPresent() && stored.get().equals(account)) {
        outcomes.add(RowOutcome.UNCHANGED);
      } else if (stored.isPresent()) {
        accounts.update(account, stored.get().domains(), now);
        outcomes.add(RowOutcome.UPDATED);
      } else {
        accounts.insert(account, now);
        outcomes.add(RowOutcome.CREATED);
      }
    }
    return outcomes;
  }
}
