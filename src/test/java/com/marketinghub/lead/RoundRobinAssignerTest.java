package com.marketinghub.lead;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketinghub.lead.RoundRobinAssigner.Assignment;
import com.marketinghub.security.Absences;
import com.marketinghub.support.ApplicationTest;
import com.marketinghub.support.TestClock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Round robin on the real database and identity service, each test with a team of its own. */
class RoundRobinAssignerTest extends ApplicationTest {

  @Autowired RoundRobinAssigner assigner;
  @Autowired IdentityService identityService;
  @Autowired OwnerRotationRepository rotation;
  @Autowired LeadHandoffProperties properties;
  @Autowired PlatformTransactionManager transactions;
  @Autowired Absences absences;
  @Autowired JdbcClient jdbc;

  private String team;
  private List<String> members;

  @BeforeEach
  void team() {
    String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    team = "rr-" + suffix;
    identityService.saveGroup(identityService.newGroup(team));
    members = new ArrayList<>();
    for (String name : List.of("a", "b", "c", "d")) {
      String id = name + suffix;
      User user = identityService.newUser(id);
      user.setPassword("x");
      identityService.saveUser(user);
      identityService.createMembership(id, team);
      members.add(id);
    }
  }

  @Test
  void shouldShareOneHundredAssignmentsEvenly() {
    List<String> owners = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      owners.add(assigner.next(team).owner());
    }

    assertThat(countByOwner(owners)).containsOnlyKeys(members)
        .allSatisfy((owner, count) -> assertThat(count).isEqualTo(25L));
    assertThat(owners.subList(0, 5)).containsExactly(members.get(0), members.get(1),
        members.get(2), members.get(3), members.get(0));
  }

  @Test
  void shouldSkipInactiveMembers() {
    identityService.createMembership(members.get(1), properties.inactiveGroup());
    try {
      List<String> owners = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        owners.add(assigner.next(team).owner());
      }
      assertThat(owners).doesNotContain(members.get(1)).containsExactly(members.get(0),
          members.get(2), members.get(3), members.get(0), members.get(2), members.get(3));
    } finally {
      identityService.deleteMembership(members.get(1), properties.inactiveGroup());
    }
  }

  @Test
  void shouldSkipMembersAwayTodayButNotThoseAwayLater() {
    away(members.get(1), TestClock.today().minusDays(1), TestClock.today().plusDays(2));
    away(members.get(2), TestClock.today().plusDays(1), TestClock.today().plusDays(5));

    List<String> owners = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      owners.add(assigner.next(team).owner());
    }

    assertThat(owners).containsExactly(members.get(0), members.get(2), members.get(3));
  }

  /** An absence as POST /api/absences records it (the deputy does not matter here). */
  private void away(String user, java.time.LocalDate from, java.time.LocalDate to) {
    jdbc.sql("""
            insert into approver_absence (user_id, deputy_id, starts_on, ends_on, created_by,
                created_at)
            values (:user, 'nobody', :from, :to, :user, :now)""")
        .param("user", user).param("from", from).param("to", to)
        .param("now", TestClock.offsetNow()).update();
  }

  @Test
  void shouldGoToManagersAndSayWhyWhenNobodyIsActive() {
    members.forEach(id -> identityService.createMembership(id, properties.inactiveGroup()));
    try {
      Assignment assignment = assigner.next(team);

      assertThat(assignment.owner()).isNull();
      assertThat(assignment.reviewGroup()).isEqualTo("sales-managers");
      assertThat(assignment.noActiveMember()).isTrue();
    } finally {
      members.forEach(id -> identityService.deleteMembership(id, properties.inactiveGroup()));
    }
  }

  @Test
  void shouldContinueWhereItStoppedAfterRestart() {
    assigner.next(team);
    assigner.next(team);

    // A new assigner, as after a restart or on another node: only the table carries the state.
    RoundRobinAssigner afterRestart =
        new RoundRobinAssigner(identityService, absences, rotation, properties,
            TestClock.clock(), transactions);

    assertThat(afterRestart.next(team).owner()).isEqualTo(members.get(2));
  }

  @Test
  void shouldNotHoldTheTeamUntilTheCallersTransactionEnds() throws Exception {
    TransactionTemplate transaction = new TransactionTemplate(transactions);
    ExecutorService other = Executors.newSingleThreadExecutor();
    try {
      String secondOwner = transaction.execute(status -> {
        assigner.next(team);
        // The caller's job is still running: another job's assignment must not wait for it.
        try {
          return other.submit(() -> transaction.execute(s -> assigner.next(team).owner()))
              .get(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      });
      assertThat(secondOwner).isEqualTo(members.get(1));
    } finally {
      other.shutdownNow();
    }
  }

  @Test
  void shouldSpendTheTurnWhenTheCallersTransactionRollsBack() {
    TransactionTemplate transaction = new TransactionTemplate(transactions);
    transaction.executeWithoutResult(status -> {
      assigner.next(team);
      status.setRollbackOnly();
    });

    assertThat(assigner.next(team).owner()).isEqualTo(members.get(1));
  }

  @Test
  void shouldNeverGiveTheSameSlotTwiceUnderConcurrency() throws Exception {
    TransactionTemplate transaction = new TransactionTemplate(transactions);
    Callable<List<String>> fifty = () -> {
      List<String> owners = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        owners.add(transaction.execute(status -> assigner.next(team).owner()));
      }
      return owners;
    };
    ExecutorService threads = Executors.newFixedThreadPool(2);
    List<String> all = Collections.synchronizedList(new ArrayList<>());
    try {
      List<Future<List<String>>> results = threads.invokeAll(List.of(fifty, fifty));
      for (Future<List<String>> result : results) {
        all.addAll(result.get());
      }
    } finally {
      threads.shutdownNow();
    }

    // Serialized by the row lock: 100 assignments over 4 members is exactly 25 each.
    assertThat(countByOwner(all)).allSatisfy((owner, count) -> assertThat(count).isEqualTo(25L));
  }

  private static Map<String, Long> countByOwner(List<String> owners) {
    return owners.stream().collect(Collectors.groupingBy(Function.identity(),
        Collectors.counting()));
  }
}
