package com.marketinghub.lead.crm;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketinghub.lead.Lead;
import com.marketinghub.lead.LeadStatus;
import com.marketinghub.lead.LeadType;
import com.marketinghub.support.TestClock;
import com.opencsv.CSVReader;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvFileCrmClientTest {

  @TempDir
  Path outbox;

  // The file's name and the handoff time in the format Sales' import expects, on a clock of its
  // own: the client reads no other time.
  private final Clock clock = Clock.fixed(Instant.parse("2026-11-27T09:15:00Z"), ZoneOffset.UTC);

  @Test
  void shouldAppendAcceptedLeadsToTheDaysFileWithOneHeader() throws Exception {
    CsvFileCrmClient crm = new CsvFileCrmClient(outbox.resolve("out"), clock);

    CrmResult first = crm.send(lead(7, "ACME, Inc.", "Jane \"JJ\""));
    crm.send(lead(8, "Globex", "Hank"));

    Path file = outbox.resolve("out/sales-handoff-2026-11-27.csv");
    assertThat(first).isEqualTo(new CrmResult.Accepted("csv:sales-handoff-2026-11-27.csv#7"));
    List<String[]> rows;
    try (Reader in = Files.newBufferedReader(file); CSVReader csv = new CSVReader(in)) {
      rows = csv.readAll();
    }
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0)).containsExactly(CsvFileCrmClient.HEADER);
    assertThat(rows.get(1)).startsWith("7", "jane@acme.example", "Jane \"JJ\"", "Doe", "ACME, Inc.");
    assertThat(rows.get(2)[0]).isEqualTo("8");
    assertThat(rows.get(1)[rows.get(1).length - 1]).isEqualTo("2026-11-27T09:15Z");
  }

  @Test
  void shouldHandALeadOverOnceWhenItsSyncRunsAgain() throws Exception {
    CsvFileCrmClient crm = new CsvFileCrmClient(outbox.resolve("again"), clock);

    crm.send(lead(9, "Initech", "Peter"));
    CrmResult retried = crm.send(lead(9, "Initech", "Peter"));

    assertThat(retried).isInstanceOf(CrmResult.Accepted.class);
    assertThat(java.nio.file.Files.readAllLines(crm.fileFor(java.time.LocalDate.now(clock))))
        .hasSize(2);
  }

  static Lead lead(long id, String company, String firstName) {
    return new Lead(id, "webinar", "w-" + id, "jane@acme.example", firstName, "Doe", company,
        "DE", 500, "VP Marketing", TestClock.offsetNow(), LeadStatus.ACCEPTED, 72, 80, 60, 60,
        100, 85, "sales-emea", "emma", null, false, null, null, null, null, "pi-" + id,
        LeadType.NEW, null);
  }
}
