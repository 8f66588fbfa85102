package com.marketinghub;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketinghub.common.EngineClock;
import com.marketinghub.support.ApplicationTest;
import com.marketinghub.support.TestClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The application on its embedded default: H2 file database, Flyway and the engine schema. */
class ApplicationStartupTest extends ApplicationTest {

  @Autowired JdbcClient jdbc;
  @Autowired ManagementService managementService;
  @Autowired ProcessEngine processEngine;
  @Autowired TaskService taskService;
  @Autowired Clock clock;

  @Test
  void shouldRunOnH2FileDatabaseUnderDataDir() {
    String url = jdbc.sql("select 1").query((rs, row) -> rs.getStatement().getConnection()
        .getMetaData().getURL()).single();

    assertThat(url).startsWith("jdbc:h2:file:").contains(DATA_DIR.toString());
    assertThat(DATA_DIR.resolve("db/marketing-hub.mv.db")).exists();
  }

  @Test
  void shouldApplyFlywayMigrations() {
    Integer applied = jdbc.sql("""
            select count(*) from "flyway_schema_history"
            where "version" = '1' and "success" = true""")
        .query(Integer.class).single();

    assertThat(applied).isOne();
    assertThat(jdbc.sql("select count(*) from audit_log").query(Long.class).single()).isNotNull();
  }

  @Test
  void shouldCreateEngineSchema() {
    assertThat(managementService.getTableCount())
        .containsKeys("ACT_RE_PROCDEF", "ACT_RU_TASK", "ACT_HI_PROCINST", "ACT_RU_AUTHORIZATION");
  }

  @Test
  void shouldEnforceAuthorizationsAndRefuseJavaSerialization() {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();

    assertThat(configuration.isAuthorizationEnabled()).isTrue();
    assertThat(configuration.isJavaSerializationFormatEnabled()).isFalse();
  }

  @Test
  void shouldKeepTheApplicationAndTheEngineOnOneClock() {
    assertThat(clock).isInstanceOf(EngineClock.class);
    assertThat(clock.instant()).isEqualTo(TestClock.pinned());

    Instant later = TestClock.advance(Duration.ofDays(1).plusHours(2));
    Task task = taskService.newTask();
    task.setName("Clock check");
    taskService.saveTask(task);
    try {
      assertThat(clock.instant()).isEqualTo(later);
      assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult()
          .getCreateTime().toInstant()).isEqualTo(later);
    } finally {
      taskService.deleteTask(task.getId(), true);
    }
  }
}
