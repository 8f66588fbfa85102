package com.marketinghub.lead;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketinghub.support.ApplicationTest;
import com.marketinghub.sync.CsvImporter;
import com.marketinghub.sync.ImportContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Imported leads: rows first, one lead-intake instance per batch, then their handoffs. */
class HandoffStarterTest extends ApplicationTest {

  @Autowired CsvImporter importer;
  @Autowired LeadImportKind leadsKind;
  @Autowired HandoffStarter starter;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired JdbcClient jdbc;
  @Autowired LeadService leadService;

  @Test
  void shouldStartEachImportedLeadsHandoffOnceTheIntakeJobRuns(@TempDir Path folder)
      throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    Path file = folder.resolve("leads.csv");
    Files.writeString(file, "email,company,country,companySize,jobTitle\n"
        + "a-" + tag + "@intake.example,A,DE,800,VP Sales\n"
        + "b-" + tag + "@intake.example,B,DE,800,VP Sales\n");

    importer.importFile(leadsKind, file, "leads.csv", new ImportContext(Map.of()), "otto");

    List<Long> ids = idsOf(tag);
    assertThat(ids).hasSize(2);
    assertThat(handoffsOf(ids)).isEmpty();
    // The intake instance of this import is the one holding these ids.
    String intakeId = intakeOf(ids);

    managementService.executeJob(managementService.createJobQuery().processInstanceId(intakeId)
        .singleResult().getId());

    assertThat(handoffsOf(ids)).hasSize(2).doesNotContainNull();
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(intakeId).count())
        .isZero();
  }

  @Test
  void shouldNeverStartAHandoffTwice() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    NewLead lead = new NewLead("csv", null, "c-" + tag + "@intake.example", null, null, "C",
        "DE", 800, "VP Sales");
    long id = leadService.create(lead);
    String first = handoffsOf(List.of(id)).get(0);

    // A retried intake job, or a second node, finds the handoff already running.
    assertThat(starter.startPending(List.of(id))).isZero();

    assertThat(handoffsOf(List.of(id))).containsExactly(first);
    assertThat(runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(String.valueOf(id)).count()).isOne();
  }

  private List<Long> idsOf(String tag) {
    return jdbc.sql("select id from lead where email like :pattern order by id")
        .param("pattern", "%-" + tag + "@intake.example").query(Long.class).list();
  }

  private List<String> handoffsOf(List<Long> ids) {
    return jdbc.sql("select process_instance_id from lead where id in (:ids) "
            + "and process_instance_id is not null order by id")
        .param("ids", ids).query(String.class).list();
  }

  private String intakeOf(List<Long> ids) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(LeadIntakeProcess.KEY)
        .list().stream()
        .filter(instance -> {
          List<?> held = (List<?>) runtimeService.getVariable(instance.getId(),
              LeadIntakeProcess.VAR_LEAD_IDS);
          return held.stream().map(n -> ((Number) n).longValue()).toList().equals(ids);
        })
        .map(ProcessInstance::getId).findFirst().orElseThrow();
  }
}
