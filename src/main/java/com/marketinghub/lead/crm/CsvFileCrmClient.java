package com.marketinghub.lead.crm;

import com.marketinghub.lead.Lead;
import com.marketinghub.sync.CsvFiles;
import com.marketinghub.sync.CsvWriting;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The CRM as a file: each accepted lead is appended to the day's
 * {@code sales-handoff-YYYY-MM-DD.csv} in the outbox, which Sales' CRM import collects.
 */
public class CsvFileCrmClient implements CrmClient {

  static final String[] HEADER = {"lead_id", "email", "first_name", "last_name", "company",
      "country", "company_size", "job_title", "score", "team", "owner", "source", "external_id",
      "handed_over_at"};

  private final Path folder;
  private final Clock clock;

  public CsvFileCrmClient(Path folder, Clock clock) {
    this.folder = folder;
    this.clock = clock;
  }

  @Override
  public synchronized CrmResult send(Lead lead) {
    Path file = fileFor(LocalDate.now(clock));
    // Once per lead: a retried sync (the step failed after the row was written) adds nothing.
    if (CsvFiles.hasRow(folder, "sales-handoff-", String.valueOf(lead.id()))) {
      return new CrmResult.Accepted("csv:" + file.getFileName() + "#" + lead.id());
    }
    try {
      Files.createDirectories(folder);
      boolean isNew = !Files.exists(file);
      try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8,
              StandardOpenOption.CREATE, StandardOpenOption.APPEND);
          CsvWriting csv = new CsvWriting(out)) {
        if (isNew) {
          csv.row(HEADER);
        }
        csv.row(row(lead));
      }
    } catch (IOException e) {
      throw new CrmUnavailableException("Cannot append lead " + lead.id() + " to " + file, e);
    }
    return new CrmResult.Accepted("csv:" + file.getFileName() + "#" + lead.id());
  }

  public Path fileFor(LocalDate day) {
    return folder.resolve("sales-handoff-" + day + ".csv");
  }

  private String[] row(Lead lead) {
    return new String[] {String.valueOf(lead.id()), lead.email(), lead.firstName(),
        lead.lastName(), lead.company(), lead.country(), text(lead.companySize()),
        lead.jobTitle(), text(lead.score()), lead.team(), lead.owner(), lead.source(),
        lead.externalId(), OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)).toString()};
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString();
  }
}
