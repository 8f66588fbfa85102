package com.marketinghub.lead;

import com.marketinghub.security.Absences;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Round robin over the active members of a team group (not inactive, not away), in user id
 * order, continuing after the last assigned user stored in owner_rotation: fair across restarts
 * and nodes.
 *
 * <p>The turn is taken in its own short transaction. Taken inside the caller's job transaction,
 * the team's row lock was held until the whole job committed (review task, timers, history), and
 * every assignment of a team waited for the one before it: the benchmark measured ~110 ms of lock
 * wait per lead (docs/benchmarks.md). The price: when the job then rolls back, the rep's turn is
 * spent anyway and the next lead goes to the next rep.
 */
@Service
public class RoundRobinAssigner {

  private final IdentityService identityService;
  private final Absences absences;
  private final OwnerRotationRepository rotation;
  private final LeadHandoffProperties properties;
  private final Clock clock;
  private final TransactionTemplate ownTransaction;

  RoundRobinAssigner(IdentityService identityService, Absences absences,
      OwnerRotationRepository rotation, LeadHandoffProperties properties, Clock clock,
      PlatformTransactionManager transactions) {
    this.identityService = identityService;
    this.absences = absences;
    this.rotation = rotation;
    this.properties = properties;
    this.clock = clock;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * The next owner in the team, or, when no member is active, no owner and the team's manager
   * group (and {@link Assignment#noActiveMember()} set, so the caller alerts someone).
   */
  public Assignment next(String team) {
    List<String> active = activeMembers(team);
    if (active.isEmpty()) {
      return new Assignment(team, null, properties.managerGroupOf(team), true);
    }
    String next = ownTransaction.execute(status -> {
      OffsetDateTime now = OffsetDateTime.now(clock);
      String last = rotation.lockLastUser(team, now);
      String chosen = active.stream().filter(id -> last == null || id.compareTo(last) > 0)
          .findFirst().orElse(active.get(0));
      rotation.setLastUser(team, chosen, now);
      return chosen;
    });
    return new Assignment(team, next, team, false);
  }

  /**
   * The team's members who take new leads, in user id order: not in the group {@code inactive}
   * (leavers, long leaves) and not away today (an absence they recorded, docs/budget.md).
   */
  List<String> activeMembers(String team) {
    return activeMembers(team, absences.today());
  }

  /** The team's members who take new leads on the day (see {@link #activeMembers(String)}). */
  List<String> activeMembers(String team, LocalDate day) {
    Set<String> inactive = identityService.createUserQuery()
        .memberOfGroup(properties.inactiveGroup()).list().stream()
        .map(User::getId).collect(Collectors.toSet());
    List<String> members = identityService.createUserQuery().memberOfGroup(team).list().stream()
        .map(User::getId)
        .filter(id -> !inactive.contains(id))
        .sorted(Comparator.naturalOrder())
        .toList();
    Set<String> away = absences.awayOn(members, day);
    return away.isEmpty() ? members
        : members.stream().filter(id -> !away.contains(id)).toList();
  }

  /**
   * @param owner the rep who reviews, or null
   * @param reviewGroup the candidate group of the review task
   */
  public record Assignment(String team, String owner, String reviewGroup, boolean noActiveMember) {}
}
