package com.marketinghub.budget;

import com.marketinghub.common.Money;
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
import org.springframework.stereotype.Component;

/**
 * Appends approved commitments to finance-commitments-YYYY-MM-DD.csv in the export folder, one
 * file per day, header first; Finance picks the files up.
 */
@Component
class FinanceCommitmentExport {

  static final String HEADER = "requestId,quarter,channel,campaign,amount,currency,requester,"
      + "approvedAt";

  private final BudgetApprovalProperties properties;
  private final Clock clock;

  FinanceCommitmentExport(BudgetApprovalProperties properties, Clock clock) {
    this.properties = properties;
    this.clock = clock;
  }

  /** The folder, or why nothing can be written there (a person has to fix that). */
  String problem() {
    Path folder = Path.of(properties.exportFolder());
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      return "cannot create the export folder " + folder + ": " + e.getMessage();
    }
    return Files.isWritable(folder) ? null : "the export folder " + folder + " is not writable";
  }

  /**
   * Appends the request's line once: a retry (the job failed after the line was written, or
   * the next day) finds it in an earlier file and writes nothing. An I/O failure is thrown for
   * the job's retries.
   */
  synchronized Path append(BudgetRequest request) throws IOException {
    OffsetDateTime now = OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
    Path folder = Path.of(properties.exportFolder());
    Path file = folder.resolve("finance-commitments-" + LocalDate.now(clock) + ".csv");
    if (CsvFiles.hasRow(folder, "finance-commitments-", String.valueOf(request.id()))) {
      return file;
    }
    boolean fresh = !Files.exists(file);
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8,
            StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        CsvWriting csv = new CsvWriting(out)) {
      if (fresh) {
        csv.row(HEADER.split(","));
      }
      csv.row(String.valueOf(request.id()), request.quarter(), request.channel(),
          request.campaignName(), Money.format(request.amount()), request.currency(),
          request.requester(), now.toString());
    }
    return file;
  }
}
