package com.marketinghub.lead;

import com.marketinghub.common.InvalidFieldsException;
import com.marketinghub.lead.LeadRepository.ImportedLead;
import com.marketinghub.sync.CsvRow;
import com.marketinghub.sync.ImportColumn;
import com.marketinghub.sync.ImportContext;
import com.marketinghub.sync.ImportKind;
import com.marketinghub.sync.RowOutcome;
import com.marketinghub.sync.RowRejectedException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Leads as CSV rows (kind {@code leads}): the columns and the names HubSpot and Salesforce
 * exports give them (docs/csv-formats.md), the same validation as POST /api/leads, and the same
 * natural key: a known lead is updated unless a person corrected it; the new ones of a batch
 * start their handoffs through one lead-intake instance, right after the batch commits.
 */
@Component
public class LeadImportKind implements ImportKind<NewLead> {

  public static final String NAME = "leads";
  /** Import setting: the source of rows that have none (default {@code csv}). */
  public static final String DEFAULT_SOURCE = "source";

  private static final List<ImportColumn> COLUMNS = List.of(
      ImportColumn.required("email", "Email Address", "E-mail", "E-mail Address", "Email"),
      ImportColumn.optional("source", "Lead Source", "Original Source", "Source"),
      ImportColumn.optional("externalId", "External ID", "Record ID", "Lead ID", "Contact ID"),
      ImportColumn.optional("firstName", "First Name"),
      ImportColumn.optional("lastName", "Last Name"),
      ImportColumn.optional("company", "Company Name", "Account Name", "Company"),
      ImportColumn.optional("country", "Country/Region", "Country Code", "Country"),
      ImportColumn.optional("companySize", "Number of Employees", "Employees", "Company Size",
          "No. of Employees"),
      ImportColumn.optional("jobTitle", "Job Title", "Title"));
  private static final Map<String, String> COUNTRY_BY_NAME = countryNames();
  private static final Pattern SIZE = Pattern.compile("^\\s*([0-9][0-9,.' ]*)\\s*(\\+|-\\s*[0-9,.' ]+)?\\s*$");

  private final LeadRepository leads;
  private final LeadService service;
  private final HandoffStarter handoffs;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  LeadImportKind(LeadRepository leads, LeadService service, HandoffStarter handoffs,
      ApplicationEventPublisher events, Clock clock) {
    this.events = events;
    this.leads = leads;
    this.service = service;
    this.handoffs = handoffs;
    this.clock = clock;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<ImportColumn> columns() {
    return COLUMNS;
  }

  @Override
  public NewLead parse(CsvRow row, ImportContext context) throws RowRejectedException {
    List<String> problems = new ArrayList<>();
    String country = country(row.get("country"), problems);
    Integer size = companySize(row.get("companySize"), problems);
    NewLead lead = new NewLead(
        row.get("source") == null ? context.get(DEFAULT_SOURCE, "csv") : row.get("source"),
        row.get("externalId"), row.get("email"), row.get("firstName"), row.get("lastName"),
        row.get("company"), country, size, row.get("jobTitle"));
    try {
      LeadValidation.validate(lead);
    } catch (InvalidFieldsException invalid) {
      invalid.errors().forEach((field, message) -> problems.add(field + " " + message));
    }
    if (!problems.isEmpty()) {
      throw new RowRejectedException(String.join("; ", problems));
    }
    return lead;
  }

  @Override
  public List<RowOutcome> write(List<NewLead> records) {
    Map<String, ImportedLead> known = new HashMap<>(
        leads.findForImport(records.stream().map(NewLead::naturalKey).distinct().toList()));
    List<RowOutcome> outcomes = new ArrayList<>(records.size());
    OffsetDateTime now = OffsetDateTime.now(clock);
    List<Long> created = new ArrayList<>();
    Set<Long> updated = new HashSet<>();
    for (NewLead record : records) {
      String key = record.naturalKey();
      ImportedLead existing = known.get(key);
      if (existing == null) {
        long id = service.insert(record);
        created.add(id);
        known.put(key, new ImportedLead(id, record, false));
        outcomes.add(RowOutcome.CREATED);
      } else if (existing.editedByPerson() || sameValues(existing.values(), record)) {
        outcomes.add(RowOutcome.UNCHANGED);
      } else {
        leads.updateFromImport(existing.id(), record, now);
        known.put(key, new ImportedLead(existing.id(), record, false));
        outcomes.add(RowOutcome.UPDATED);
        updated.add(existing.id());
      }
    }
    handoffs.startLater(created);
    if (!updated.isEmpty()) {
      events.publishEvent(new LeadDataChanged(updated));
    }
    return outcomes;
  }

  static boolean sameValues(NewLead stored, NewLead row) {
    return same(stored.email(), row.email()) && same(stored.firstName(), row.firstName())
        && same(stored.lastName(), row.lastName()) && same(stored.company(), row.company())
        && same(stored.country(), row.country() == null ? null : row.country().toUpperCase())
        && Objects.equals(stored.companySize(), row.companySize())
        && same(stored.jobTitle(), row.jobTitle());
  }

  private static boolean same(String a, String b) {
    String x = a == null || a.isBlank() ? null : a.trim();
    String y = b == null || b.isBlank() ? null : b.trim();
    return Objects.equals(x, y);
  }

  /** ISO code as is; an English country name ("Germany") becomes its code. */
  static String country(String value, List<String> problems) {
    if (value == null) {
      return null;
    }
    if (value.length() == 2) {
      return value.toUpperCase(Locale.ROOT);
    }
    String code = COUNTRY_BY_NAME.get(value.toLowerCase(Locale.ROOT));
    if (code == null) {
      problems.add("country '" + value + "' is neither an ISO 3166 code nor a country name");
    }
    return code;
  }

  /** "250", "1,000", "1000+" or a range "51-200" (its lower bound). */
  static Integer companySize(String value, List<String> problems) {
    if (value == null) {
      return null;
    }
    Matcher size = SIZE.matcher(value);
    if (!size.matches()) {
      problems.add("companySize '" + value + "' is not a number of employees");
      return null;
    }
    try {
      return Integer.valueOf(size.group(1).replaceAll("[,.' ]", ""));
    } catch (NumberFormatException tooBig) {
      problems.add("companySize '" + value + "' is too large");
      return null;
    }
  }

  private static Map<String, String> countryNames() {
    Map<String, String> names = new HashMap<>();
    for (String code : Locale.getISOCountries()) {
      names.put(new Locale("", code).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT),
          code);
    }
    names.put("usa", "US");
    names.put("united states of america", "US");
    names.put("uk", "GB");
    return Map.copyOf(names);
  }
}
