package com.marketinghub.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marketinghub.lead.LeadImportKind;
import com.marketinghub.lead.NewLead;
import com.marketinghub.security.AuditService;
import com.marketinghub.support.ApplicationTest;
import com.marketinghub.support.Jobs;
import com.marketinghub.support.TestClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A crash between two batches (simulated: the third batch fails) loses nothing committed, and
 * the same file imported again finishes the rest without a duplicate lead or process.
 */
class ImportResumeTest extends ApplicationTest {

  @Autowired ManagementService managementService;
  @Autowired ImportBatchRepository batches;
  @Autowired PlatformTransactionManager transactions;
  @Autowired AuditService audit;
  @Autowired LeadImportKind leads;
  @Autowired JdbcClient jdbc;
  @Autowired RuntimeService runtimeService;

  @TempDir
  Path folder;

  @Test
  void shouldFinishInterruptedImportWithoutDuplicates() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    StringBuilder csv = new StringBuilder("email,company\n");
    for (int i = 0; i < 35; i++) {
      csv.append("r").append(i).append('-').append(tag).append("@acme.example,Resume\n");
    }
    Path file = Files.writeString(folder.resolve("leads.csv"), csv);
    CsvImporter importer = new CsvImporter(batches, transactions, audit, TestClock.clock(), 10,
        10_000, 100_000);

    assertThatThrownBy(() -> importer.importFile(failingOnThirdBatch(), file, "leads.csv",
        ImportContext.none(), "test"))
        .isInstanceOf(ImportFailedException.class)
        .hasMessageContaining("from row 22 failed")
        .hasMessageContaining("import the same file again to finish");
    assertThat(leadsTagged(tag)).isEqualTo(20);

    ImportReport rerun = importer.importFile(leads, file, "leads.csv", ImportContext.none(), "test");

    assertThat(rerun.status()).isEqualTo("COMPLETED");
    assertThat(rerun.created()).isEqualTo(15);
    assertThat(rerun.unchanged()).isEqualTo(20);
    assertThat(leadsTagged(tag)).isEqualTo(35);
    Jobs.startImportedHandoffs(managementService);
    assertThat(jdbc.sql("""
            select count(distinct process_instance_id) from lead where email like :pattern""")
        .param("pattern", "%-" + tag + "@acme.example").query(Long.class).single()).isEqualTo(35);
  }

  @Test
  void shouldNotOverwriteContactDataAPersonCorrected() throws Exception {
    String email = "kept-" + UUID.randomUUID().toString().substring(0, 8) + "@acme.example";
    CsvImporter importer = new CsvImporter(batches, transactions, audit, TestClock.clock(), 10,
        10_000, 100_000);
    importer.importFile(leads, Files.writeString(folder.resolve("a.csv"),
        "email,company\n" + email + ",Original\n"), "a.csv", ImportContext.none(), "test");
    jdbc.sql("update lead set company = 'Fixed by ops', contact_edited_at = :now "
        + "where email = :e").param("now", TestClock.offsetNow()).param("e", email).update();

    ImportReport again = importer.importFile(leads, Files.writeString(folder.resolve("b.csv"),
        "email,company\n" + email + ",From CRM export\n"), "b.csv", ImportContext.none(), "test");

    assertThat(again.unchanged()).isOne();
    assertThat(again.updated()).isZero();
    assertThat(jdbc.sql("select company from lead where email = :e").param("e", email)
        .query(String.class).single()).isEqualTo("Fixed by ops");
  }

  private long leadsTagged(String tag) {
    return jdbc.sql("select count(*) from lead where email like :pattern")
        .param("pattern", "%-" + tag + "@acme.example").query(Long.class).single();
  }

  private ImportKind<NewLead> failingOnThirdBatch() {
    AtomicInteger writes = new AtomicInteger();
    return new ImportKind<>() {
      @Override
      public String name() {
        return leads.name();
      }

      @Override
      public List<ImportColumn> columns() {
        return leads.columns();
      }

      @Override
      public NewLead parse(CsvRow row, ImportContext context) throws RowRejectedException {
        return leads.parse(row, context);
      }

      @Override
      public List<RowOutcome> write(List<NewLead> records) {
        List<RowOutcome> outcomes = leads.write(records);
        if (writes.incrementAndGet() == 3) {
          throw new IllegalStateException("simulated crash");
        }
        return outcomes;
      }
    };
  }
}
