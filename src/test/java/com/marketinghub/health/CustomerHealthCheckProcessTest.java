package com.marketinghub.health;

import static com.marketinghub.health.CustomerHealthCheckProcess.EVENT_CHECK_DONE;
import static com.marketinghub.health.CustomerHealthCheckProcess.EVENT_CHECK_DUE;
import static com.marketinghub.health.CustomerHealthCheckProcess.TASK_SCORE_ACCOUNTS;
import static com.marketinghub.health.CustomerHealthCheckProcess.TASK_START_EXPANSION_LEADS;
import static com.marketinghub.health.CustomerHealthCheckProcess.TASK_START_RETENTION_PLAYS;
import static com.marketinghub.health.CustomerHealthCheckProcess.VAR_ACCOUNTS_SCORED;
import static com.marketinghub.health.CustomerHealthCheckProcess.VAR_EXPANSION_AFTER;
import static com.marketinghub.health.CustomerHealthCheckProcess.VAR_EXPANSION_LEADS;
import static com.marketinghub.health.CustomerHealthCheckProcess.VAR_EXPANSION_MORE;
import static com.marketinghub.health.CustomerHealthCheckProcess.VAR_PLAYS_AFTER;
import static com.marketinghub.health.CustomerHealthCheckProcess.VAR_PLAYS_MORE;
import static com.marketinghub.health.CustomerHealthCheckProcess.VAR_PLAYS_STARTED;
import static com.marketinghub.health.CustomerHealthCheckProcess.VAR_SCORE_AFTER;
import static com.marketinghub.health.CustomerHealthCheckProcess.VAR_SCORE_DAY;
import static com.marketinghub.health.CustomerHealthCheckProcess.VAR_SCORE_MORE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import com.marketinghub.support.Jobs;
import com.marketinghub.support.ProcessTests;
import com.marketinghub.support.TestClock;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * bpmn/customer-health-check.bpmn, one test per path: the daily timer, the start by hand, each
 * step's chunk loop, a failed chunk retried and one that ends in an incident. The three chunked
 * steps are mocked by name and hand out the chunks a test gives them; the job executor is off.
 */
@Deployment(resources = "bpmn/customer-health-check.bpmn")
class CustomerHealthCheckProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessTests.engine();

  /** The chunk size the mocks stand for: a chunk of this many accounts may have a successor. */
  private static final int CHUNK = 3;

  private final List<String> calls = new ArrayList<>();
  private final ChunkedStep score = new ChunkedStep("score", VAR_SCORE_AFTER, VAR_SCORE_MORE,
      VAR_ACCOUNTS_SCORED);
  private final ChunkedStep plays = new ChunkedStep("plays", VAR_PLAYS_AFTER, VAR_PLAYS_MORE,
      VAR_PLAYS_STARTED);
  private final ChunkedStep expansions = new ChunkedStep("expansion", VAR_EXPANSION_AFTER,
      VAR_EXPANSION_MORE, VAR_EXPANSION_LEADS);
  private ProcessInstance check;

  /**
   * A chunked step as the process sees it: each call handles the next chunk given (then none is
   * left), writes where it stopped, whether more may follow (the chunk was full) and the running
   * total, and records what it was asked, as the real delegates do with the database.
   */
  private final class ChunkedStep implements JavaDelegate {
    private final String name;
    private final String after;
    private final String more;
    private final String total;
    private final Deque<StartChunk> chunks = new ArrayDeque<>();
    private int failures;

    ChunkedStep(String name, String after, String more, String total) {
      this.name = name;
      this.after = after;
      this.more = more;
      this.total = total;
    }

    /** The next call examines {@code examined} accounts up to id {@code lastId}. */
    ChunkedStep then(int examined, int started, Long lastId) {
      chunks.add(new StartChunk(examined, started, lastId));
      return this;
    }

    /** The next {@code times} calls fail, as when the database is away. */
    ChunkedStep failing(int times) {
      failures = times;
      return this;
    }

    @Override
    public void execute(DelegateExecution execution) {
      Object day = execution.getVariable(VAR_SCORE_DAY);
      calls.add(name + " after " + execution.getVariable(after)
          + (day == null ? "" : " on " + day));
      if (failures > 0) {
        failures--;
        throw new IllegalStateException(name + " failed: database away");
      }
      StartChunk chunk = chunks.isEmpty() ? new StartChunk(0, 0, null) : chunks.poll();
      execution.setVariable(after, chunk.lastId());
      execution.setVariable(more, chunk.examined() == CHUNK);
      Object sum = execution.getVariable(total);
      execution.setVariable(total, (sum == null ? 0 : (Integer) sum) + chunk.started());
    }
  }

  @BeforeEach
  void mockBeans() {
    BpmnAwareTests.init(engine.getProcessEngine());
    // Read when the deployment schedules the start timer, before each test.
    Mocks.register("healthCheckSettings", new HealthCheckSettings(new HealthCheckProperties(
        "0 0 4 * * ?", 500, 50, new BigDecimal("0.9"), Period.ofDays(90), Period.ofDays(14),
        "P30D"), TestClock.clock()));
    Mocks.register("scoreAccountsDelegate", score);
    Mocks.register("startRetentionPlaysDelegate", plays);
    Mocks.register("startExpansionLeadsDelegate", expansions);
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    BpmnAwareTests.reset();
  }

  /** Started by hand from Tasklist, with the day of the start form. */
  private ProcessInstance startByHand() {
    check = runtimeService().startProcessInstanceByKey(CustomerHealthCheckProcess.KEY,
        Map.of(VAR_SCORE_DAY, TestClock.yesterday().toString()));
    return check;
  }

  /** Runs the job the check waits on at the step (its next chunk, a transaction of its own). */
  private void runChunkAt(String step) {
    assertThat(check).isWaitingAt(step);
    execute(job(check));
  }

  private Job startTimer() {
    return managementService().createJobQuery().processDefinitionKey(CustomerHealthCheckProcess.KEY)
        .timers().singleResult();
  }

  /** The next 04:00 (HEALTH_CHECK_CRON here) after now, in the zone the engine reads cron in. */
  private static ZonedDateTime nextFourOClock(ZonedDateTime after) {
    ZonedDateTime four = after.toLocalDate().atTime(4, 0).atZone(TestClock.zone());
    return four.isAfter(after) ? four : after.toLocalDate().plusDays(1).atTime(4, 0)
        .atZone(TestClock.zone());
  }

  @Test
  void shouldCheckEveryDayAtFourOnTheTimer() {
    score.then(2, 2, 12L);
    plays.then(1, 1, 7L);
    expansions.then(1, 0, 12L);
    ZonedDateTime due = nextFourOClock(TestClock.zonedNow());
    assertThat(runtimeService().createProcessInstanceQuery().count()).isZero();

    assertThat(Jobs.advanceToStartTimer(managementService(), CustomerHealthCheckProcess.KEY))
        .isEqualTo(due);
    managementService().executeJob(startTimer().getId());
    check = runtimeService().createProcessInstanceQuery()
        .processDefinitionKey(CustomerHealthCheckProcess.KEY).singleResult();
    assertThat(check).hasPassed(EVENT_CHECK_DUE).isWaitingAt(TASK_SCORE_ACCOUNTS);
    Jobs.runDue(managementService(), check.getId());

    assertThat(check).isEnded().hasPassedInOrder(EVENT_CHECK_DUE, TASK_SCORE_ACCOUNTS,
        TASK_START_RETENTION_PLAYS, TASK_START_EXPANSION_LEADS, EVENT_CHECK_DONE);
    // The timer gives no day: the steps score the day they run on.
    assertThat(calls).containsExactly("score after null", "plays after null",
        "expansion after null");
    assertThat(check).variables().containsEntry(VAR_ACCOUNTS_SCORED, 2)
        .containsEntry(VAR_PLAYS_STARTED, 1).containsEntry(VAR_EXPANSION_LEADS, 0);
    // And tomorrow at four again.
    assertThat(startTimer().getDuedate().toInstant()).isEqualTo(
        nextFourOClock(due).toInstant());
  }

  @Test
  void shouldCheckTheDayOfTheStartFormWhenStartedByHand() {
    score.then(2, 2, 12L);
    plays.then(1, 1, 7L);
    expansions.then(2, 1, 12L);
    startByHand();

    runChunkAt(TASK_SCORE_ACCOUNTS);
    runChunkAt(TASK_START_RETENTION_PLAYS);
    runChunkAt(TASK_START_EXPANSION_LEADS);

    assertThat(check).isEnded().hasPassedInOrder(EVENT_CHECK_DUE, TASK_SCORE_ACCOUNTS,
        TASK_START_RETENTION_PLAYS, TASK_START_EXPANSION_LEADS, EVENT_CHECK_DONE);
    String day = TestClock.yesterday().toString();
    assertThat(calls).containsExactly("score after null on " + day, "plays after null on " + day,
        "expansion after null on " + day);
    assertThat(check).variables().containsEntry(VAR_ACCOUNTS_SCORED, 2)
        .containsEntry(VAR_PLAYS_STARTED, 1).containsEntry(VAR_EXPANSION_LEADS, 1);
    // The daily timer is still there, untouched by the start by hand.
    assertThat(startTimer().getDuedate().toInstant())
        .isEqualTo(nextFourOClock(TestClock.zonedNow()).toInstant());
  }

  @Test
  void shouldScoreChunkAfterChunkWhileTheChunksAreFull() {
    score.then(CHUNK, CHUNK, 3L).then(CHUNK, CHUNK, 6L);
    startByHand();

    runChunkAt(TASK_SCORE_ACCOUNTS);
    assertThat(check).isWaitingAt(TASK_SCORE_ACCOUNTS).variables()
        .containsEntry(VAR_SCORE_AFTER, 3L).containsEntry(VAR_SCORE_MORE, true)
        .containsEntry(VAR_ACCOUNTS_SCORED, 3);
    runChunkAt(TASK_SCORE_ACCOUNTS);
    // Six accounts exactly: the third chunk finds none left.
    runChunkAt(TASK_SCORE_ACCOUNTS);
    assertThat(check).isWaitingAt(TASK_START_RETENTION_PLAYS).variables()
        .containsEntry(VAR_SCORE_MORE, false).containsEntry(VAR_ACCOUNTS_SCORED, 6);
    Jobs.runDue(managementService(), check.getId());

    assertThat(check).isEnded().hasPassedInOrder(TASK_SCORE_ACCOUNTS, TASK_SCORE_ACCOUNTS,
        TASK_SCORE_ACCOUNTS, TASK_START_RETENTION_PLAYS, TASK_START_EXPANSION_LEADS,
        EVENT_CHECK_DONE);
    assertThat(passes(TASK_SCORE_ACCOUNTS)).isEqualTo(3);
    String day = TestClock.yesterday().toString();
    assertThat(calls).containsExactly("score after null on " + day, "score after 3 on " + day,
        "score after 6 on " + day, "plays after null on " + day, "expansion after null on " + day);
  }

  @Test
  void shouldStartRetentionPlaysForAtRiskAccountsChunkAfterChunk() {
    score.then(2, 2, 20L);
    // Three at-risk accounts, one of them with an open play already; then the last one.
    plays.then(CHUNK, 2, 14L).then(1, 1, 19L);
    startByHand();

    runChunkAt(TASK_SCORE_ACCOUNTS);
    runChunkAt(TASK_START_RETENTION_PLAYS);
    assertThat(check).isWaitingAt(TASK_START_RETENTION_PLAYS).variables()
        .containsEntry(VAR_PLAYS_AFTER, 14L).containsEntry(VAR_PLAYS_MORE, true);
    runChunkAt(TASK_START_RETENTION_PLAYS);
    runChunkAt(TASK_START_EXPANSION_LEADS);

    assertThat(check).isEnded().hasPassedInOrder(TASK_SCORE_ACCOUNTS,
        TASK_START_RETENTION_PLAYS, TASK_START_RETENTION_PLAYS, TASK_START_EXPANSION_LEADS,
        EVENT_CHECK_DONE);
    assertThat(passes(TASK_START_RETENTION_PLAYS)).isEqualTo(2);
    assertThat(check).variables().containsEntry(VAR_PLAYS_STARTED, 3)
        .containsEntry(VAR_PLAYS_MORE, false);
    String day = TestClock.yesterday().toString();
    assertThat(calls).containsExactly("score after null on " + day, "plays after null on " + day,
        "plays after 14 on " + day, "expansion after null on " + day);
  }

  @Test
  void shouldStartExpansionLeadsForOutgrowingAccountsChunkAfterChunk() {
    score.then(2, 2, 20L);
    plays.then(0, 0, null);
    expansions.then(CHUNK, CHUNK, 9L).then(CHUNK, 1, 17L);
    startByHand();

    runChunkAt(TASK_SCORE_ACCOUNTS);
    runChunkAt(TASK_START_RETENTION_PLAYS);
    runChunkAt(TASK_START_EXPANSION_LEADS);
    runChunkAt(TASK_START_EXPANSION_LEADS);
    // The second chunk was full too: a third finds nothing left.
    assertThat(check).variables().containsEntry(VAR_EXPANSION_AFTER, 17L);
    runChunkAt(TASK_START_EXPANSION_LEADS);

    assertThat(check).isEnded().hasPassedInOrder(TASK_START_RETENTION_PLAYS,
        TASK_START_EXPANSION_LEADS, TASK_START_EXPANSION_LEADS, TASK_START_EXPANSION_LEADS,
        EVENT_CHECK_DONE);
    assertThat(passes(TASK_START_EXPANSION_LEADS)).isEqualTo(3);
    assertThat(check).variables().containsEntry(VAR_EXPANSION_LEADS, 4)
        .containsEntry(VAR_PLAYS_STARTED, 0);
    String day = TestClock.yesterday().toString();
    assertThat(calls).containsExactly("score after null on " + day, "plays after null on " + day,
        "expansion after null on " + day, "expansion after 9 on " + day,
        "expansion after 17 on " + day);
  }

  @Test
  void shouldRetryAFailedChunkTenMinutesLaterAndCountItOnce() {
    score.then(CHUNK, CHUNK, 3L).then(1, 1, 4L);
    startByHand();
    runChunkAt(TASK_SCORE_ACCOUNTS);

    score.failing(1);
    assertThatThrownBy(() -> execute(job(check))).hasMessageContaining("score failed");
    // The first chunk stays committed; the failed one is retried ten minutes on.
    assertThat(check).isWaitingAt(TASK_SCORE_ACCOUNTS).variables()
        .containsEntry(VAR_SCORE_AFTER, 3L).containsEntry(VAR_ACCOUNTS_SCORED, 3);
    Job retry = job(check);
    assertThat(retry.getRetries()).isEqualTo(2);
    Instant retryAt = TestClock.now().plus(Duration.ofMinutes(10));
    assertThat(retry.getDuedate().toInstant()).isEqualTo(retryAt);
    Jobs.runDue(managementService(), check.getId());
    assertThat(check).isWaitingAt(TASK_SCORE_ACCOUNTS);

    TestClock.advanceTo(retryAt);
    Jobs.runDue(managementService(), check.getId());

    assertThat(check).isEnded().hasPassedInOrder(TASK_SCORE_ACCOUNTS, TASK_SCORE_ACCOUNTS,
        TASK_START_RETENTION_PLAYS, TASK_START_EXPANSION_LEADS, EVENT_CHECK_DONE);
    assertThat(check).variables().containsEntry(VAR_ACCOUNTS_SCORED, 4);
    String day = TestClock.yesterday().toString();
    assertThat(calls).containsExactly("score after null on " + day, "score after 3 on " + day,
        "score after 3 on " + day, "plays after null on " + day, "expansion after null on " + day);
  }

  @Test
  void shouldRaiseAnIncidentWhenAChunkFailsThreeTimesAndGoOnOnceRetried() {
    score.then(2, 2, 20L);
    plays.then(1, 1, 7L);
    expansions.failing(3).then(1, 1, 12L);
    startByHand();
    runChunkAt(TASK_SCORE_ACCOUNTS);
    runChunkAt(TASK_START_RETENTION_PLAYS);

    // R3/PT10M: three attempts in all, ten minutes apart.
    for (int attempt = 1; attempt <= 3; attempt++) {
      assertThat(check).isWaitingAt(TASK_START_EXPANSION_LEADS);
      assertThat(incidents()).isEmpty();
      assertThatThrownBy(() -> execute(job(check))).hasMessageContaining("expansion failed");
      Job failed = job(check);
      assertThat(failed.getRetries()).isEqualTo(3 - attempt);
      if (attempt < 3) {
        Instant retryAt = TestClock.now().plus(Duration.ofMinutes(10));
        assertThat(failed.getDuedate().toInstant()).isEqualTo(retryAt);
        TestClock.advanceTo(retryAt);
      }
    }

    List<Incident> incidents = incidents();
    assertThat(incidents).singleElement().satisfies(incident -> {
      assertThat(incident.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
      assertThat(incident.getActivityId()).isEqualTo(TASK_START_EXPANSION_LEADS);
      assertThat(incident.getIncidentMessage()).contains("expansion failed");
    });
    // Nothing runs by itself any more; what was done before stays done.
    TestClock.advance(Duration.ofHours(1));
    Jobs.runDue(managementService(), check.getId());
    assertThat(check).isWaitingAt(TASK_START_EXPANSION_LEADS).variables()
        .containsEntry(VAR_ACCOUNTS_SCORED, 2).containsEntry(VAR_PLAYS_STARTED, 1)
        .doesNotContainKey(VAR_EXPANSION_LEADS);

    // Marketing-ops retries it in Cockpit once the database is back.
    managementService().setJobRetries(job(check).getId(), 1);
    Jobs.runDue(managementService(), check.getId());

    assertThat(check).isEnded().hasPassedInOrder(TASK_START_RETENTION_PLAYS,
        TASK_START_EXPANSION_LEADS, EVENT_CHECK_DONE);
    assertThat(check).variables().containsEntry(VAR_EXPANSION_LEADS, 1);
    assertThat(incidents()).isEmpty();
    String day = TestClock.yesterday().toString();
    assertThat(calls).containsExactly("score after null on " + day, "plays after null on " + day,
        "expansion after null on " + day, "expansion after null on " + day,
        "expansion after null on " + day, "expansion after null on " + day);
  }

  /** How often the check ran the step (each run a chunk of its own). */
  private long passes(String activityId) {
    return historyService().createHistoricActivityInstanceQuery()
        .processInstanceId(check.getId()).activityId(activityId).finished().count();
  }

  private List<Incident> incidents() {
    return runtimeService().createIncidentQuery().processInstanceId(check.getId()).list();
  }
}
