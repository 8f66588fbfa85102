package com.marketinghub;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.marketinghub.budget.BudgetLedger;
import com.marketinghub.budget.LedgerTable;
import com.marketinghub.lead.LeadImportKind;
import com.marketinghub.lead.RoundRobinAssigner;
import com.marketinghub.sync.CsvImporter;
import com.marketinghub.sync.ImportContext;
import com.marketinghub.sync.ImportReport;
import com.marketinghub.support.EnabledIfPostgres;
import com.marketinghub.support.HttpApi;
import com.marketinghub.support.Jobs;
import com.marketinghub.support.PostgresTestDatabase;
import com.marketinghub.support.TestClock;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The whole application on the postgres profile against a real PostgreSQL server: schema,
 * identity without demo users, an admin and a finance user working through both APIs, one
 * lead handed from marketing to sales the whole way, and the budget ledger's hand-checked
 * table and races (docs/budget.md).
 */
@EnabledIfPostgres
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "camunda.bpm.admin-user.password=" + PostgresApplicationIT.ADMIN_PASSWORD)
@ActiveProfiles({"postgres", "test"})
class PostgresApplicationIT {

  static final String ADMIN_PASSWORD = "it-admin-secret";
  // One folder for the context: a supplier that made a new one at each read gave every reader
  // of the property another folder.
  private static final Path DATA_DIR =
      Path.of("target", "test-data", "pg-" + UUID.randomUUID()).toAbsolutePath();

  @Autowired JdbcClient jdbc;
  @Autowired BudgetLedger budgetLedger;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired ObjectMapper json;
  @Autowired RoundRobinAssigner assigner;
  @Autowired CsvImporter importer;
  @Autowired LeadImportKind leadKind;
  @Autowired PlatformTransactionManager transactions;
  @LocalServerPort int port;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> PostgresTestDatabase.get().url());
    registry.add("spring.datasource.username", () -> PostgresTestDatabase.get().username());
    registry.add("spring.datasource.password", () -> PostgresTestDatabase.get().password());
    registry.add("marketing-hub.data-dir", DATA_DIR::toString);
  }

  @Test
  void shouldRunOnPostgresWithFlywayAndEngineSchema() {
    String product = jdbc.sql("select version()").query(String.class).single();
    Integer migrated = jdbc.sql("""
            select count(*) from flyway_schema_history where version = '1' and success""")
        .query(Integer.class).single();

    assertThat(product).startsWith("PostgreSQL");
    assertThat(migrated).isOne();
    assertThat(managementService.getTableCount())
        .containsKeys("ACT_RE_PROCDEF", "ACT_RU_TASK", "ACT_RU_AUTHORIZATION");
  }

  @Test
  void shouldNeverOverspendWhenTwoApprovalsCommitAtOnce() throws Exception {
    String quarter = TestClock.quarter();
    for (int round = 0; round < 10; round++) {
      String channel = "race-" + UUID.randomUUID().toString().substring(0, 8);
      jdbc.sql("""
              insert into budget_plan (quarter, channel, allocated_minor, currency, updated_by,
                  updated_at)
              values (:quarter, :channel, 1000000, 'EUR', 'it', :now)""")
          .param("quarter", quarter).param("channel", channel)
          .param("now", TestClock.offsetNow()).update();
      long first = budgetRequest(quarter, channel);
      long second = budgetRequest(quarter, channel);
      java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
      ExecutorService threads = Executors.newFixedThreadPool(2);
      try {
        List<Future<Boolean>> booked = threads.invokeAll(List.of(
            () -> {
              start.await();
              return budgetLedger.commit(first, quarter, channel, 600_000, "EUR", false, "it")
                  .booked();
            },
            () -> {
              start.await();
              return budgetLedger.commit(second, quarter, channel, 600_000, "EUR", false,
                  "it").booked();
            }));
        // 6,000 + 6,000 > 10,000: exactly one of them fits, whichever came first.
        assertThat(List.of(booked.get(0).get(), booked.get(1).get()))
            .containsExactlyInAnyOrder(true, false);
      } finally {
        threads.shutdownNow();
      }
      assertThat(budgetLedger.line(quarter, channel).remaining()).isEqualTo(400_000);
    }
  }

  @Autowired org.springframework.context.ApplicationContext context;

  /** The hand-checked ledger table of docs/budget.md, booked through the real code here. */
  @Test
  void shouldBookTheHandCheckedLedgerTableOnPostgres() {
    new LedgerTable(context).replayDocumentedTable();
  }

  /**
   * Two approvals and an invoice of the same budget line at the same moment, ten times each
   * way: when both fit, the line's figures are exact in every order; when only one fits,
   * exactly one is booked and the figures are exactly those of that one.
   */
  @Test
  void shouldCountTwoApprovalsAndAnInvoiceBookedAtOnceExactlyOnPostgres() throws Exception {
    LedgerTable table = new LedgerTable(context);
    table.raceTwoApprovalsAndAnActual(10);
    table.raceForTheLastEurosWithAnActual(10);
  }

  private long budgetRequest(String quarter, String channel) {
    return jdbc.sql("""
            insert into budget_request (campaign_name, channel, quarter, amount_minor, currency,
                requester, status, created_at, updated_at)
            values ('Race', :channel, :quarter, 600000, 'EUR', 'it', 'SUBMITTED', :now, :now)
            returning id""")
        .param("channel", channel).param("quarter", quarter).param("now", TestClock.offsetNow())
        .query(Long.class).single();
  }

  @Test
  void shouldGivePlannerStatisticsOnCamundasPermissionBits() {
    assertThat(jdbc.sql("select stxname from pg_statistic_ext where stxname like 'mh_auth_perms_%'")
        .query(String.class).list())
        .containsExactlyInAnyOrder("mh_auth_perms_2", "mh_auth_perms_64", "mh_auth_perms_512",
            "mh_auth_perms_4096");
    jdbc.sql("analyze act_ru_authorization").update();
    long actual = jdbc.sql("select count(*) from act_ru_authorization where perms_ & 2 = 2")
        .query(Long.class).single();
    String plan = jdbc.sql("explain select * from act_ru_authorization where perms_ & 2 = 2")
        .query(String.class).list().get(0);
    long estimated = Long.parseLong(plan.replaceAll(".*rows=([0-9]+).*", "$1"));

    // Without the statistics PostgreSQL guesses 0.5% of the rows, whatever the data.
    assertThat(actual).isGreaterThan(20);
    assertThat(estimated).isBetween(actual / 2, actual * 2);
  }

  @Test
  void shouldSeedGroupsAndAdminButNoDemoUsers() {
    assertThat(identityService.createGroupQuery().groupId("sales-managers").count()).isOne();
    assertThat(identityService.createUserQuery().userId("sam").count()).isZero();
    assertThat(identityService.createUserQuery().memberOfGroup("camunda-admin").list())
        .extracting("id").containsExactly("admin");
  }

  @Test
  void shouldAuditApiWriteOfAdminOnPostgres() {
    HttpResponse<String> response = api().as("admin", ADMIN_PASSWORD)
        .postJson("/api/admin/test-mail", "{\"to\":\"it@example.com\"}");

    assertThat(response.statusCode()).isEqualTo(202);
    assertThat(jdbc.sql("""
            select count(*) from audit_log
            where actor = 'admin' and target = '/api/admin/test-mail' and details = 'status=202'""")
        .query(Long.class).single()).isPositive();
  }

  @Test
  void shouldLetAdminAddFinanceUserWhoCompletesTaskWithItsForm() {
    HttpApi admin = api().as("admin", ADMIN_PASSWORD);
    String userId = "fin" + UUID.randomUUID().toString().substring(0, 8);
    assertThat(admin.postJson("/engine-rest/user/create", """
        {"profile": {"id": "%s", "firstName": "Fin", "lastName": "Ance", "email": "fin@example.com"},
         "credentials": {"password": "pw-%s"}}""".formatted(userId, userId)).statusCode())
        .isEqualTo(204);
    assertThat(admin.putEmpty("/engine-rest/group/finance/members/" + userId).statusCode())
        .isEqualTo(204);
    String instanceId = runtimeService.startProcessInstanceByKey("platform-check").getId();
    String taskId =
        taskService.createTaskQuery().processInstanceId(instanceId).singleResult().getId();
    HttpApi finance = api().as(userId, "pw-" + userId);

    HttpResponse<String> form = finance.get("/engine-rest/task/" + taskId + "/deployed-form");
    HttpResponse<String> complete = finance.postJson("/engine-rest/task/" + taskId + "/complete",
        "{\"variables\": {\"reviewed\": {\"value\": true}}}");

    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(form.body()).contains("platform-check-review");
    assertThat(complete.statusCode()).isEqualTo(204);
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(instanceId)
        .singleResult().getState()).isEqualTo("COMPLETED");
    assertThat(historyService.createHistoricTaskInstanceQuery().taskId(taskId).singleResult()
        .getAssignee()).isNull();
  }

  /**
   * docs/lead-scoring.md, "A lead that comes back", on PostgreSQL (jobs run by hand here; with
   * the job executor on, LeadEngagementApplicationTest on H2): nurtured at 46, a demo request
   * makes it 62 and the same instance routes it to review.
   */
  @Test
  void shouldBringANurturedLeadBackToSalesOnEngagementOnPostgres() throws Exception {
    HttpApi admin = api().as("admin", ADMIN_PASSWORD);
    String suffix = UUID.randomUUID().toString().substring(0, 8).replace("-", "");
    String marketer = "eng" + suffix;
    createUser(admin, marketer, "marketing");
    HttpApi marketing = api().as(marketer, "pw-" + marketer);
    HttpResponse<String> created = marketing.postJson("/api/leads", """
        {"source": "fair", "externalId": "eng-%s", "email": "eng-%s@acme.example",
         "company": "Engaged AG", "country": "DE", "companySize": 500,
         "jobTitle": "Marketing Manager"}""".formatted(suffix, suffix));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long leadId = json.readTree(created.body()).get("id").asLong();
    String instance = json.readTree(created.body()).get("processInstanceId").asText();
    Jobs.runDue(managementService, instance);
    JsonNode nurtured = json.readTree(marketing.get("/api/leads/" + leadId).body());
    assertThat(nurtured.get("status").asText()).isEqualTo("NURTURE");
    assertThat(nurtured.get("score").get("total").asInt()).isEqualTo(46);
    long campaign = json.readTree(marketing.postJson("/api/campaigns",
        "{\"name\": \"Demo days " + suffix + "\", \"channel\": \"webinar\"}").body())
        .get("id").asLong();

    assertThat(marketing.postJson("/api/leads/" + leadId + "/touchpoints",
        "{\"campaignId\": " + campaign + ", \"type\": \"demo_request\"}").statusCode())
        .isEqualTo(201);
    Jobs.runDue(managementService, instance);

    JsonNode back = json.readTree(marketing.get("/api/leads/" + leadId).body());
    assertThat(back.get("status").asText()).isEqualTo("MQL");
    assertThat(back.get("score").get("total").asInt()).isEqualTo(62);
    assertThat(back.get("reentries").asInt()).isEqualTo(1);
    assertThat(back.get("processInstanceId").asText()).isEqualTo(instance);
    assertThat(taskService.createTaskQuery().processInstanceId(instance).singleResult()
        .getTaskDefinitionKey()).isEqualTo("Task_ReviewLead");
  }

  /**
   * Issue 18 on PostgreSQL: a lead at a customer's domain is matched to the account, goes to the
   * account's owner team (not its territory's), and the rep who gets it is mailed a link that
   * opens the review in Tasklist.
   */
  @Test
  void shouldRouteACustomersLeadToItsOwnerTeamAndMailTheRepOnPostgres() throws Exception {
    HttpApi admin = api().as("admin", ADMIN_PASSWORD);
    String suffix = UUID.randomUUID().toString().substring(0, 8).replace("-", "");
    createUser(admin, "cs" + suffix, "customer-success");
    createUser(admin, "mkt" + suffix, "marketing");
    createUser(admin, "apac" + suffix, "sales-apac");
    String csv = "accountId,name,plan,seatsPurchased,annualValue,currency,domains,ownerTeam\n"
        + "pgacc-" + suffix + ",Pgacc" + suffix + " GmbH,business,10,1000.00,EUR,pgacc" + suffix
        + ".example,sales-apac\n";
    assertThat(api().as("cs" + suffix, "pw-cs" + suffix).postBytes("/api/imports/accounts",
        "file", "accounts.csv", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)).body())
        .contains("\"created\":1");

    HttpApi marketing = api().as("mkt" + suffix, "pw-mkt" + suffix);
    JsonNode created = json.readTree(marketing.postJson("/api/leads", """
        {"source": "fair", "email": "jo@sales.pgacc%s.example", "company": "Pgacc Europe",
         "country": "DE", "companySize": 500, "jobTitle": "Head of IT"}""".formatted(suffix))
        .body());
    Jobs.runDue(managementService, created.get("processInstanceId").asText());

    JsonNode lead = json.readTree(marketing.get("/api/leads/" + created.get("id").asLong())
        .body());
    assertThat(lead.get("team").asText()).isEqualTo("sales-apac");
    assertThat(lead.get("accountId").asText()).isEqualTo("pgacc-" + suffix);
    assertThat(lead.get("accountMatchRule").asText()).isEqualTo("PARENT_DOMAIN");
    String owner = lead.get("owner").asText();
    String review = lead.get("currentTask").get("id").asText();
    Path mails = DATA_DIR.resolve("outbox").resolve("mail");
    try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(mails)) {
      assertThat(files.map(file -> {
        try {
          return java.nio.file.Files.readString(file);
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).filter(mail -> mail.contains("/camunda/app/tasklist/default/#/?task=" + review)))
          .singleElement().asString().contains("To: " + owner + "@example.com",
              "Subject: Task for you: Review lead: Pgacc Europe");
    }
  }

  @Test
  void shouldHandLeadFromMarketingToSalesOnPostgres() throws Exception {
    HttpApi admin = api().as("admin", ADMIN_PASSWORD);
    String suffix = UUID.randomUUID().toString().substring(0, 8).replace("-", "");
    String marketer = "mkt" + suffix;
    String rep = "rep" + suffix;
    createUser(admin, marketer, "marketing");
    createUser(admin, rep, "sales-emea");
    HttpApi marketing = api().as(marketer, "pw-" + marketer);

    HttpResponse<String> created = marketing.postJson("/api/leads", """
        {"source": "fair", "externalId": "%s", "email": "pg-%s@acme.example", "firstName": "Pat",
         "lastName": "Gres", "company": "Postgres AG", "country": "CH", "companySize": 300,
         "jobTitle": "Head of IT"}""".formatted(suffix, suffix));
    assertThat(created.statusCode()).isEqualTo(201);
    JsonNode lead = json.readTree(created.body());
    String instance = lead.get("processInstanceId").asText();
    Jobs.runDue(managementService, instance);
    Task review = taskService.createTaskQuery().processInstanceId(instance).singleResult();
    // Round robin over sales-emea: our rep, or one created by an earlier run on this database.
    String owner = review.getAssignee();
    assertThat(identityService.createUserQuery().memberOfGroup("sales-emea").userId(owner).count())
        .isOne();
    String reviewId = review.getId();
    HttpApi sales = api().as(owner, "pw-" + owner);
    assertThat(sales.postJson("/engine-rest/task/" + reviewId + "/complete",
        "{\"variables\": {\"decision\": {\"value\": \"accept\"}}}").statusCode()).isEqualTo(204);
    Jobs.runDue(managementService, instance);
    String confirmId = taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
    assertThat(marketing.postJson("/engine-rest/task/" + confirmId + "/complete",
        "{\"variables\": {\"attributionModel\": {\"value\": \"linear\"}}}").statusCode())
        .isEqualTo(204);

    Map<String, Object> row = jdbc.sql("select status, owner, team, crm_id from lead where id = :id")
        .param("id", lead.get("id").asLong()).query().singleRow();
    assertThat(row).containsEntry("status", "SYNCED").containsEntry("owner", owner)
        .containsEntry("team", "sales-emea");
    assertThat((String) row.get("crm_id")).startsWith("csv:sales-handoff-");
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(instance)
        .singleResult().getState()).isEqualTo("COMPLETED");
  }

  @Test
  void shouldSerializeRoundRobinAcrossThreadsOnPostgres() throws Exception {
    String team = "pg-rr-" + UUID.randomUUID().toString().substring(0, 8);
    identityService.saveGroup(identityService.newGroup(team));
    for (String id : List.of("pga", "pgb", "pgc", "pgd")) {
      String userId = id + team.substring(6).replace("-", "");
      identityService.saveUser(identityService.newUser(userId));
      identityService.createMembership(userId, team);
    }
    TransactionTemplate transaction = new TransactionTemplate(transactions);
    Callable<List<String>> fifty = () -> java.util.stream.IntStream.range(0, 50)
        .mapToObj(i -> transaction.execute(status -> assigner.next(team).owner())).toList();
    ExecutorService threads = Executors.newFixedThreadPool(2);
    List<String> owners = new java.util.ArrayList<>();
    try {
      for (Future<List<String>> result : threads.invokeAll(List.of(fifty, fifty))) {
        owners.addAll(result.get());
      }
    } finally {
      threads.shutdownNow();
    }

    assertThat(owners.stream().collect(Collectors.groupingBy(o -> o, Collectors.counting())))
        .hasSize(4).allSatisfy((owner, count) -> assertThat(count).isEqualTo(25L));
  }

  @Test
  void shouldImportHundredThousandLeadsOnPostgres(@TempDir Path folder) throws Exception {
    String source = "bulk-" + UUID.randomUUID().toString().substring(0, 8);
    Path file = folder.resolve("bulk.csv");
    try (var out = java.nio.file.Files.newBufferedWriter(file)) {
      out.write("email,company,country,companySize\n");
      for (int i = 0; i < 100_000; i++) {
        out.write("lead" + i + "@" + source + ".example,Company " + i + ",DE," + (i % 2000) + "\n");
      }
    }
    long instancesBefore = runtimeService.createProcessInstanceQuery()
        .processDefinitionKey("lead-handoff").count();

    ImportReport report = importer.importFile(leadKind, file, "bulk.csv",
        new ImportContext(Map.of(LeadImportKind.DEFAULT_SOURCE, source)), "it");

    assertThat(report.created()).isEqualTo(100_000);
    assertThat(report.rejected()).isZero();
    assertThat(jdbc.sql("select count(*) from lead where source = :source")
        .param("source", source).query(Long.class).single()).isEqualTo(100_000);
    // One lead-intake instance per committed batch of 500 starts the handoffs (job executor).
    assertThat(Jobs.startImportedHandoffs(managementService)).isEqualTo(200);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("lead-handoff")
        .count() - instancesBefore).isEqualTo(100_000);
    assertThat(jdbc.sql("select count(*) from lead where source = :source"
            + " and process_instance_id is null")
        .param("source", source).query(Long.class).single()).isZero();
  }

  @Test
  void shouldScoreTenThousandAccountsInOneHealthCheckOnPostgres() {
    String tag = "pg10k-" + UUID.randomUUID().toString().substring(0, 8);
    // Today's check; the two health races below score days before today, each its own.
    LocalDate day = TestClock.today();
    // The renewal 119 days on: outside the expansion window (P90D), so no expansion leads.
    jdbc.sql("""
            insert into account (external_id, name, plan, seats_purchased, annual_value_minor,
                currency, renewal_date, csm, updated_at)
            select :tag || '-' || g, 'Account ' || g, 'business', 50, 1000000, 'EUR',
                :renewal, 'carl', :now
            from generate_series(1, 10000) g""")
        .param("tag", tag).param("renewal", day.plusDays(119))
        .param("now", TestClock.offsetNow()).update();
    // Signals for every tenth account: a day of use, 40 of 50 seats.
    jdbc.sql("""
            insert into account_signal (account_id, signal_day, active_users, seats_used,
                usage_events)
            select id, :day, 40, 40, 100 from account
            where external_id like :tag || '-%' and mod(id, 10) = 0""")
        .param("day", day).param("tag", tag).update();

    String check = runtimeService.startProcessInstanceByKey("customer-health-check",
        Map.of("scoreDay", day.toString())).getId();
    // Each chunk of accounts is its own job: run them one after the other until the end.
    for (int round = 0; round < 500 && runtimeService.createProcessInstanceQuery()
        .processInstanceId(check).count() > 0; round++) {
      managementService.createJobQuery().processInstanceId(check).executable().list()
          .forEach(job -> managementService.executeJob(job.getId()));
    }

    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(check).count())
        .isZero();
    assertThat(jdbc.sql("""
            select count(*) from health_score h join account a on a.id = h.account_id
            where a.external_id like :tag || '-%' and h.score_day = :day""")
        .param("tag", tag).param("day", day).query(Long.class).single()).isEqualTo(10_000);
    assertThat(jdbc.sql("""
            select count(*) from health_component c join health_score h on h.id = c.score_id
                join account a on a.id = h.account_id
            where a.external_id like :tag || '-%' and h.score_day = :day""")
        .param("tag", tag).param("day", day).query(Long.class).single()).isEqualTo(50_000);
    assertThat((Integer) historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(check).variableName("accountsScored").singleResult().getValue())
        .isGreaterThanOrEqualTo(10_000);
  }

  @Test
  void shouldNeverOpenTwoPlaysWhenTwoHealthChecksRunAtOnceOnPostgres() throws Exception {
    for (int round = 0; round < 5; round++) {
      String tag = "pgplay-" + UUID.randomUUID().toString().substring(0, 8);
      // A day no other test scores: the plays start for every account at risk on the day.
      LocalDate day = TestClock.today().minusDays(10 + round);
      jdbc.sql("""
              insert into account (external_id, name, plan, seats_purchased,
                  annual_value_minor, currency, csm, updated_at)
              select :tag || '-' || g, 'At risk ' || g, 'business', 50, 1000000, 'EUR', 'carl',
                  :now
              from generate_series(1, 20) g""")
          .param("tag", tag).param("now", TestClock.offsetNow()).update();
      jdbc.sql("""
              insert into health_score (account_id, score_day, score, band, scored_at)
              select id, :day, 20, 'AT_RISK', :now from account
              where external_id like :tag || '-%'""")
          .param("tag", tag).param("day", day).param("now", TestClock.offsetNow()).update();
      // Two checks of the same day, both at the step that starts the plays.
      List<String> jobs = new java.util.ArrayList<>();
      for (int i = 0; i < 2; i++) {
        String instance = runtimeService.createProcessInstanceByKey("customer-health-check")
            .startBeforeActivity("Task_StartRetentionPlays")
            .setVariable("scoreDay", day.toString()).execute().getId();
        jobs.add(managementService.createJobQuery().processInstanceId(instance).singleResult()
            .getId());
      }
      java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
      ExecutorService threads = Executors.newFixedThreadPool(2);
      try {
        List<Future<Object>> done = threads.invokeAll(jobs.stream()
            .map(job -> (Callable<Object>) () -> {
              start.await();
              managementService.executeJob(job);
              return job;
            }).toList());
        for (Future<Object> each : done) {
          each.get();
        }
      } finally {
        threads.shutdownNow();
      }

      assertThat(jdbc.sql("""
              select count(*) from retention_play p join account a on a.id = p.account_id
              where a.external_id like :tag || '-%' and p.status = 'OPEN'""")
          .param("tag", tag).query(Long.class).single()).isEqualTo(20);
      assertThat(jdbc.sql("""
              select count(distinct p.account_id) from retention_play p
                  join account a on a.id = p.account_id
              where a.external_id like :tag || '-%'""")
          .param("tag", tag).query(Long.class).single()).isEqualTo(20);
      assertThat(jdbc.sql("""
              select count(*) from retention_play p join account a on a.id = p.account_id
              where a.external_id like :tag || '-%'""")
          .param("tag", tag).query(Long.class).single()).isEqualTo(20);
      assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(
          "retention-play").variableValueLike("accountId", tag + "-%").count()).isEqualTo(20);
    }
  }

  @Autowired com.marketinghub.health.HealthScoring healthScoring;

  @Test
  void shouldLetTwoChecksScoreTheSameDayAtOnceOnPostgres() throws Exception {
    for (int round = 0; round < 5; round++) {
      String tag = "pgscore-" + UUID.randomUUID().toString().substring(0, 8);
      // A day no other test scores: a check of the same day would start plays for these too.
      LocalDate day = TestClock.today().minusDays(20 + round);
      long after = jdbc.sql("select coalesce(max(id), 0) from account").query(Long.class)
          .single();
      jdbc.sql("""
              insert into account (external_id, name, plan, seats_purchased,
                  annual_value_minor, currency, updated_at)
              select :tag || '-' || g, 'Scored ' || g, 'business', 10, 1000000, 'EUR', :now
              from generate_series(1, 30) g""")
          .param("tag", tag).param("now", TestClock.offsetNow()).update();
      java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
      Callable<Integer> score = () -> {
        start.await();
        return healthScoring.scoreChunk(day, after, 30).scored();
      };
      ExecutorService threads = Executors.newFixedThreadPool(2);
      try {
        for (Future<Integer> scored : threads.invokeAll(List.of(score, score))) {
          assertThat(scored.get()).isEqualTo(30);
        }
      } finally {
        threads.shutdownNow();
      }

      assertThat(jdbc.sql("""
              select count(*) from health_score h join account a on a.id = h.account_id
              where a.external_id like :tag || '-%' and h.score_day = :day""")
          .param("tag", tag).param("day", day).query(Long.class).single()).isEqualTo(30);
      assertThat(jdbc.sql("""
              select count(*) from health_component c join health_score h on h.id = c.score_id
                  join account a on a.id = h.account_id
              where a.external_id like :tag || '-%' and h.score_day = :day""")
          .param("tag", tag).param("day", day).query(Long.class).single()).isEqualTo(150);
    }
  }

  @Autowired com.marketinghub.launch.LaunchService launchService;
  @Autowired List<com.marketinghub.sync.CsvExport> exports;
  @Autowired com.marketinghub.sync.CsvExportWriter exportWriter;

  @Test
  void shouldCoordinateALaunchAndMeasureItsAdoptionOnPostgres() throws Exception {
    String tag = "pglaunch-" + UUID.randomUUID().toString().substring(0, 8);
    LocalDate day = TestClock.today().plusDays(1);
    jdbc.sql("""
            insert into account (external_id, name, plan, seats_purchased, annual_value_minor,
                currency, csm, updated_at)
            select :tag || '-' || g, 'Account ' || g, :tag, 10, 100000, 'EUR', 'pm', :now
            from generate_series(1, 4) g""")
        .param("tag", tag).param("now", TestClock.offsetNow()).update();
    long id = launchService.create(new com.marketinghub.launch.LaunchInput("PG launch " + tag,
        tag, "T3", day.toString(), List.of(tag), 0.5), "pm").id();
    String instance = jdbc.sql("select process_instance_id from launch where id = :id")
        .param("id", id).query(String.class).single();
    // Each task as a member of its group: the announcement checks who signed off and decided.
    java.util.function.BiConsumer<String, Map<String, Object>> complete = (user, variables) ->
        taskService.complete(claimed(instance, user), variables);
    member("pm", "product");
    member("pgmia", "marketing");
    complete.accept("pgmia", Map.of("briefDecision", "ACCEPT"));
    complete.accept("pgmia", Map.of("messagingReady", true, "campaignReady", true,
        "webPageReady", true));
    complete.accept("pm", Map.of("goDecision", "GO"));
    // The announcement goes out on the launch day at LAUNCH_TIME (09:00, business zone).
    Instant launchAt = day.atTime(9, 0).atZone(TestClock.zone()).toInstant();
    waitForTimer(instance, "Event_LaunchDay", launchAt);
    // Accounts 1 and 2 use the feature, 3 is only active, 4 does nothing: 2 of 3.
    jdbc.sql("""
            insert into feature_usage (account_id, feature_key, usage_day, active_users, events)
            select id, :tag, :day, 1, 5 from account
            where external_id in (:tag || '-1', :tag || '-2')""")
        .param("tag", tag).param("day", day).update();
    jdbc.sql("""
            insert into account_signal (account_id, signal_day, active_users, usage_events)
            select id, :day, 2, 10 from account where external_id = :tag || '-3'""")
        .param("tag", tag).param("day", day).update();
    jdbc.sql("""
            insert into feedback (natural_key, launch_id, rating, comment, channel, received_at)
            values (:key, :launch, 3, 'fine', 'survey', :at)""")
        .param("key", tag).param("launch", id)
        .param("at", day.atTime(12, 0).atZone(TestClock.zone()).toOffsetDateTime()).update();
    // Adoption is measured once the window (LAUNCH_ADOPTION_WINDOW, P30D) has passed, from the
    // launch day to yesterday.
    waitForTimer(instance, "Event_AdoptionWindowEnded",
        launchAt.atZone(TestClock.zone()).plusDays(30).toInstant());
    LocalDate windowEnd = TestClock.yesterday();

    var adoption = launchService.view(id).adoption();
    assertThat(adoption.targetedAccounts()).isEqualTo(4);
    assertThat(adoption.activeAccounts()).isEqualTo(3);
    assertThat(adoption.adoptingAccounts()).isEqualTo(2);
    assertThat(adoption.adoptionShare()).isEqualByComparingTo("0.6667");
    assertThat(adoption.belowTarget()).isFalse();
    assertThat(adoption.averageRating()).isEqualByComparingTo("3.00");
    complete.accept("pm", Map.of());
    assertThat(launchService.view(id).launch().status().name()).isEqualTo("CLOSED");
    Map<String, String> csv = new java.util.HashMap<>();
    for (com.marketinghub.sync.CsvExport export : exports) {
      if (List.of("launches", "adoption", "feedback").contains(export.name())) {
        var out = new java.io.ByteArrayOutputStream();
        exportWriter.write(export, Map.of(), out);
        csv.put(export.name(), out.toString(java.nio.charset.StandardCharsets.UTF_8));
      }
    }
    assertThat(csv.get("launches")).contains(id + ",PG launch " + tag + "," + tag + ",T3,"
        + day + "," + tag + ",0.5000,pm,CLOSED,");
    assertThat(csv.get("adoption")).contains(id + ",PG launch " + tag + "," + tag + "," + day
        + "," + windowEnd + ",4,3,2,0.6667,0.5000,false,3.00,1,");
    assertThat(csv.get("feedback")).contains("," + id + ",,,3,fine,survey,");
  }

  /** The instance's timer is due at that instant: the clock moves there and its jobs run. */
  private void waitForTimer(String instance, String activityId, Instant due) {
    assertThat(Jobs.timerDue(managementService, instance, activityId)).isEqualTo(due);
    TestClock.advanceTo(due);
    Jobs.runDue(managementService, instance);
  }

  /** The user, a member of the group, whether an earlier run on this database made them. */
  private void member(String userId, String group) {
    if (identityService.createUserQuery().userId(userId).count() == 0) {
      identityService.saveUser(identityService.newUser(userId));
    }
    if (identityService.createUserQuery().userId(userId).memberOfGroup(group).count() == 0) {
      identityService.createMembership(userId, group);
    }
  }

  /** The instance's one task, claimed by the user unless it is assigned; its id. */
  private String claimed(String instance, String userId) {
    Task task = taskService.createTaskQuery().processInstanceId(instance).singleResult();
    if (task.getAssignee() == null) {
      taskService.claim(task.getId(), userId);
    }
    return task.getId();
  }

  private static void createUser(HttpApi admin, String userId, String group) {
    assertThat(admin.postJson("/engine-rest/user/create", """
        {"profile": {"id": "%s", "firstName": "Test", "lastName": "User", "email": "%s@example.com"},
         "credentials": {"password": "pw-%s"}}""".formatted(userId, userId, userId)).statusCode())
        .isEqualTo(204);
    assertThat(admin.putEmpty("/engine-rest/group/" + group + "/members/" + userId).statusCode())
        .isEqualTo(204);
  }

  private HttpApi api() {
    return new HttpApi(port);
  }
}
