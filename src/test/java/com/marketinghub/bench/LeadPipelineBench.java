package com.marketinghub.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketinghub.lead.LeadImportKind;
import com.marketinghub.support.HttpApi;
import com.marketinghub.support.LiveClock;
import com.marketinghub.support.PostgresTestDatabase;
import com.marketinghub.sync.CsvImporter;
import com.marketinghub.sync.ImportContext;
import com.marketinghub.sync.ImportReport;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.model.bpmn.Bpmn;
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
 * The throughput benchmark (docs/benchmarks.md): the whole application on a fresh PostgreSQL
 * database, demo users, every workload beside the bare engine measured in the same run.
 * Not a test of speed: it asserts only that the work was done.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"postgres", "demo"})
@LiveClock
class LeadPipelineBench {

  private static final int LEADS = Integer.getInteger("bench.leads", 20_000);
  private static final int WARMUP = Integer.getInteger("bench.warmup", 1_000);
  /** Countries the generated leads cycle through (DE routes to sales-emea, US to sales-na, ...). */
  private static final String[] COUNTRIES = System.getProperty("bench.countries", "DE").split(",");
  private static final int CLIENTS = 8;
  private static final int REQUESTS_PER_CLIENT = 100;

  @Autowired ProcessEngine engine;
  @Autowired CsvImporter importer;
  @Autowired LeadImportKind leads;
  @Autowired JdbcClient jdbc;
  @Autowired PlatformTransactionManager transactions;
  @LocalServerPort int port;

  private final BenchResults results = new BenchResults();

  @DynamicPropertySource
  static void freshDatabase(DynamicPropertyRegistry registry) {
    String url = PostgresTestDatabase.recreate("marketing_hub_bench");
    registry.add("spring.datasource.url", () -> url);
    registry.add("spring.datasource.username", () -> System.getenv()
        .getOrDefault("POSTGRES_USER", "postgres"));
    registry.add("spring.datasource.password", () -> System.getenv()
        .getOrDefault("POSTGRES_PASSWORD", ""));
    registry.add("marketing-hub.data-dir", () ->
        Path.of("target", "bench", "data").toAbsolutePath().toString());
  }

  @Test
  void measure(@TempDir Path folder) throws Exception {
    JobExecutor jobExecutor =
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
    jobExecutor.shutdown();

    double bare = baseline();
    long historyBefore = historyRows();
    double intake = intake(folder);
    results.add("intake", "ratio to bare engine", intake / bare,
        "rows vs. process starts: for scale only");
    double pipeline = pipeline(jobExecutor);
    results.add("pipeline", "ratio to bare engine", pipeline / bare, "target >= 0.8");
    results.add("pipeline", "history rows written per lead",
        (historyRows() - historyBefore) / (double) (LEADS + WARMUP),
        "ACT_HI_* rows, intake and pipeline");
    taskList();
    export();
    databaseCeiling();

    System.out.println("\n" + results.table());
    results.write(Path.of("target", "bench", "results.csv"));
  }

  /** Bare engine: start event, one user task, end; same history level and batching. */
  private double baseline() {
    engine.getRepositoryService().createDeployment().addModelInstance("bench-bare.bpmn",
        Bpmn.createExecutableProcess("bench-bare").camundaHistoryTimeToLive(1)
            .startEvent().userTask().camundaCandidateGroups("bench-bare").endEvent().done())
        .deploy();
    startBare(WARMUP);
    long start = System.nanoTime();
    startBare(LEADS);
    double rate = LEADS / seconds(start);
    results.add("baseline", "instances/s (bare process)", rate, LEADS + " instances");
    return rate;
  }

  private void startBare(int count) {
    TransactionTemplate transaction = new TransactionTemplate(transactions);
    int batch = 500;
    for (int done = 0; done < count; done += batch) {
      int size = Math.min(batch, count - done);
      transaction.executeWithoutResult(status -> {
        for (int i = 0; i < size; i++) {
          engine.getRuntimeService().startProcessInstanceByKey("bench-bare");
        }
      });
    }
  }

  /** CSV import through the real path; the job executor is off, so only the import is timed. */
  private double intake(Path folder) throws Exception {
    importer.importFile(leads, leadsFile(folder, "warmup", WARMUP), "warmup.csv",
        new ImportContext(Map.of("source", "bench-warmup")), "bench");
    Path file = leadsFile(folder, "bench", LEADS);
    long start = System.nanoTime();
    ImportReport report = importer.importFile(leads, file, "bench.csv",
        new ImportContext(Map.of("source", "bench")), "bench");
    double rate = LEADS / seconds(start);
    assertThat(report.created()).isEqualTo(LEADS);
    results.add("intake", "rows/s committed", rate,
        LEADS + " rows; lead rows + one lead-intake start per batch of 500");
    return rate;
  }

  /** The job executor on, until every lead left NEW (scored, routed, assigned or ended). */
  private double pipeline(JobExecutor jobExecutor) throws InterruptedException {
    long start = System.nanoTime();
    jobExecutor.start();
    long waiting;
    do {
      Thread.sleep(200);
      waiting = jdbc.sql("select count(*) from lead where status = 'NEW'").query(Long.class)
          .single();
    } while (waiting > 0 && seconds(start) < 3_600);
    double rate = (LEADS + WARMUP) / seconds(start);
    results.add("pipeline", "leads/s to their resting point", rate,
        (LEADS + WARMUP) + " leads: handoff starts (lead-intake) and their first steps");
    jobExecutor.shutdown();
    return rate;
  }

  private long historyRows() {
    return HISTORY_TABLES.stream().mapToLong(table -> jdbc.sql("select count(*) from " + table)
        .query(Long.class).single()).sum();
  }

  private static final List<String> HISTORY_TABLES = List.of("act_hi_procinst", "act_hi_actinst",
      "act_hi_taskinst", "act_hi_varinst", "act_hi_detail", "act_hi_job_log",
      "act_hi_identitylink", "act_hi_decinst", "act_hi_dec_in", "act_hi_dec_out",
      "act_hi_op_log", "act_hi_incident");

  private void taskList() throws Exception {
    long open = engine.getTaskService().createTaskQuery().taskDefinitionKey("Task_ReviewLead")
        .count();
    // The statistics autovacuum would have gathered by now in production; without them the
    // planner estimates from an empty schema and the figures flatter the engine's query.
    jdbc.sql("analyze").update();
    String tasks = "/engine-rest/task?candidateGroup=sales-emea&includeAssignedTasks=true"
        + "&maxResults=50";
    latencies("tasks", tasks, open + " open review tasks; as admin (no per-task auth rows)");
    latencies("leads", "/api/leads?status=MQL&size=50", open + " open review tasks");
    singleLatency("tasks as rep sam", "sam", "demo", tasks,
        "one client; sam's authorization rows join every task of the group");
  }

  /** Median of a few sequential requests: for a query too slow to load with 8 clients. */
  private void singleLatency(String name, String user, String password, String path,
      String note) throws Exception {
    HttpApi api = new HttpApi(port).as(user, password);
    List<Long> millis = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      long t = System.nanoTime();
      assertThat(api.get(path).statusCode()).isEqualTo(200);
      millis.add((System.nanoTime() - t) / 1_000_000);
    }
    Collections.sort(millis);
    results.add("task list", name + ": p50 ms (1 client)", millis.get(2), note);
  }

  private void latencies(String name, String path, String note) throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    String auth = "Basic " + Base64.getEncoder().encodeToString(
        "admin:admin".getBytes(StandardCharsets.UTF_8));
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", auth).build();
    for (int i = 0; i < 50; i++) {
      assertThat(client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode())
          .isEqualTo(200);
    }
    List<Long> millis = Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    long start = System.nanoTime();
    List<Future<?>> clients = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      clients.add(pool.submit(() -> {
        for (int i = 0; i < REQUESTS_PER_CLIENT; i++) {
          long t = System.nanoTime();
          client.send(request, HttpResponse.BodyHandlers.discarding());
          millis.add((System.nanoTime() - t) / 1_000_000);
        }
        return null;
      }));
    }
    for (Future<?> client1 : clients) {
      client1.get();
    }
    double elapsed = seconds(start);
    pool.shutdown();
    List<Long> sorted = new ArrayList<>(millis);
    Collections.sort(sorted);
    results.add("task list", name + ": requests/s (8 clients)", sorted.size() / elapsed, note);
    results.add("task list", name + ": p50 ms", sorted.get(sorted.size() / 2), path);
    results.add("task list", name + ": p95 ms", sorted.get((int) (sorted.size() * 0.95)),
        "target p95 < 100 ms");
  }

  private void export() throws Exception {
    var memory = ManagementFactory.getMemoryMXBean();
    System.gc();
    long before = memory.getHeapMemoryUsage().getUsed();
    AtomicLong peak = new AtomicLong(before);
    AtomicBoolean running = new AtomicBoolean(true);
    Thread sampler = new Thread(() -> {
      while (running.get()) {
        peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        try {
          Thread.sleep(10);
        } catch (InterruptedException e) {
          return;
        }
      }
    });
    sampler.start();
    HttpResponse<InputStream> response = new HttpApi(port).as("admin", "admin").getStream(
        "/api/exports/leads.csv");
    long start = System.nanoTime();
    long rows = 0;
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(),
        StandardCharsets.UTF_8))) {
      while (reader.readLine() != null) {
        rows++;
      }
    }
    double elapsed = seconds(start);
    running.set(false);
    sampler.join();
    results.add("export", "rows/s (leads.csv)", (rows - 1) / elapsed, (rows - 1) + " rows");
    System.gc();
    long after = memory.getHeapMemoryUsage().getUsed();
    results.add("export", "heap growth MB (sampled peak)", (peak.get() - before) / 1048576.0,
        "target < 100 MB; includes garbage not yet collected");
    results.add("export", "heap retained MB (after GC)", (after - before) / 1048576.0,
        "what the export kept: streaming keeps nothing");
  }

  /** pgbench -N on the same server: the commits per second PostgreSQL manages here. */
  private void databaseCeiling() throws Exception {
    String[] server = PostgresTestDatabase.serverCoordinates();
    try {
      PostgresTestDatabase.recreate("marketing_hub_pgbench");
      run("pgbench", "-i", "-s", "10", "-q", "-h", server[0], "-p", server[1], "-U", server[2],
          "marketing_hub_pgbench");
      String out = run("pgbench", "-N", "-T", "10", "-c", "8", "-j", "2", "-h", server[0], "-p",
          server[1], "-U", server[2], "marketing_hub_pgbench");
      String tps = out.lines().filter(line -> line.startsWith("tps"))
          .findFirst().orElse("tps = 0").replaceAll("^tps = ([0-9.]+).*$", "$1");
      results.add("database", "pgbench -N tps (8 clients, 10 s)", Double.parseDouble(tps),
          "commits/s PostgreSQL does here");
    } catch (java.io.IOException noPgbench) {
      results.add("database", "pgbench -N tps", 0, "pgbench not found: " + noPgbench.getMessage());
    }
  }

  private static String run(String... command) throws Exception {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
    }
    return out;
  }

  private static Path leadsFile(Path folder, String name, int rows) throws Exception {
    Path file = folder.resolve(name + ".csv");
    try (Writer out = Files.newBufferedWriter(file)) {
      out.write("email,firstName,lastName,company,country,companySize,jobTitle\n");
      for (int i = 0; i < rows; i++) {
        out.write(name + i + "@bench.example,Pat,Bench,Company " + i + ","
            + COUNTRIES[i % COUNTRIES.length] + ",800,VP Sales\n");
      }
    }
    return file;
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
