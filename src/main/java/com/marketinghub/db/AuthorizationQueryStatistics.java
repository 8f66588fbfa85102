package com.marketinghub.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Teaches PostgreSQL's planner how selective Camunda's permission bit tests are.
 *
 * <p>Every query Camunda checks for authorizations (Tasklist's task list above all) joins
 * ACT_RU_AUTHORIZATION filtered by {@code PERMS_ & bit = bit}. PostgreSQL has no statistics for
 * such an expression and guesses 0.5%, so with one authorization row per task it expected 140
 * rows where 31,500 matched, and chose to scan them all for every task: 200 ms per task list of
 * a rep at 21,000 open tasks. With expression statistics it probes the index per task instead:
 * 12 ms (docs/benchmarks.md). Idempotent; runs once the engine has created its tables.
 */
@Component
class AuthorizationQueryStatistics {

  private static final Logger log = LoggerFactory.getLogger(AuthorizationQueryStatistics.class);

  /** The bits Camunda's query checks test: READ, READ_TASK, READ_INSTANCE, READ_HISTORY. */
  static final List<Integer> QUERIED_PERMISSION_BITS = List.of(2, 64, 512, 4096);

  private final DataSource dataSource;
  private final JdbcClient jdbc;

  AuthorizationQueryStatistics(DataSource dataSource, JdbcClient jdbc) {
    this.dataSource = dataSource;
    this.jdbc = jdbc;
  }

  @EventListener(ApplicationReadyEvent.class)
  void create() throws SQLException {
    if (!isPostgres()) {
      return;
    }
    for (int bit : QUERIED_PERMISSION_BITS) {
      jdbc.sql("create statistics if not exists mh_auth_perms_" + bit + " on (perms_ & " + bit
          + ") from act_ru_authorization").update();
    }
    jdbc.sql("analyze act_ru_authorization").update();
    log.info("PostgreSQL statistics on Camunda's permission bits {} are in place",
        QUERIED_PERMISSION_BITS);
  }

  private boolean isPostgres() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
    }
  }
}
