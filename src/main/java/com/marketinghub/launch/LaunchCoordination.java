package com.marketinghub.launch;

import com.marketinghub.security.GroupMembers;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * launch-coordination up to the go, on plain ids and values: the launch registered, its brief
 * reviewed and reworked, the readiness sign-offs and the go/no-go; what each task shows
 * ({@code prepare...}) and what its completion records; the launch's status where the process
 * is. The launch day is {@link LaunchAnnouncement}'s, adoption and its follow-ups
 * {@link LaunchFollowUps}'. Refusals are {@link BadUserRequestException}s, which Tasklist and
 * /engine-rest show as the task's 400.
 */
@Service
class LaunchCoordination {

  static final Set<String> BRIEF_DECISIONS = Set.of("ACCEPT", "SEND_BACK");
  static final Set<String> REWORK_ACTIONS = Set.of("RESUBMIT", "WITHDRAW");

  private static final Logger log = LoggerFactory.getLogger(LaunchCoordination.class);

  private final LaunchRepository launches;
  private final LaunchReadinessRepository readiness;
  private final GroupMembers members;
  private final Clock clock;

  LaunchCoordination(LaunchRepository launches, LaunchReadinessRepository readiness,
      GroupMembers members, Clock clock) {
    this.launches = launches;
    this.readiness = readiness;
    this.members = members;
    this.clock = clock;
  }

  /**
   * Task_RegisterLaunch: a launch created by POST /api/launches is stored already
   * ({@code launchId} given); one started from Tasklist's brief form is stored here, owned by
   * the product manager who started it ({@code initiator}). Either way it learns its process
   * instance.
   */
  Launch register(Long launchId, BriefForm form, String initiator, String processInstanceId) {
    long id;
    if (launchId != null) {
      id = launchId;
    } else {
      if (initiator == null) {
        throw new BadUserRequestException("A launch needs its product manager: start it logged "
            + "in");
      }
      id = launches.insert(form.toLaunch(LocalDate.now(clock)), initiator,
          OffsetDateTime.now(clock));
    }
    Launch launch = launches.get(id);
    launches.setProcessInstanceId(id, processInstanceId);
    return launch;
  }

  /** {@code ${launchStatus.set(execution, 'READINESS')}}: the status where the process is. */
  void setStatus(long launchId, LaunchStatus status) {
    launches.setStatus(launchId, status, OffsetDateTime.now(clock));
  }

  /** Task_ReviewBrief (marketing): the brief. */
  TaskView prepareBriefReview(long launchId) {
    Launch launch = launches.get(launchId);
    return new TaskView("Review launch brief: " + launch.title(),
        Map.of("briefSummary", launch.summary()));
  }

  /**
   * Task_ReworkBrief (the owner): the brief, marketing's comment, and the brief's fields to edit
   * (process variables, as the start form left them; the target in percent).
   */
  TaskView prepareBriefRework(long launchId) {
    Launch launch = launches.get(launchId);
    Map<String, Object> locals = new HashMap<>();
    locals.put("briefSummary", launch.summary());
    locals.put("reviewComment", launch.reviewComment());
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("name", launch.name());
    fields.put("featureKey", launch.featureKey());
    fields.put("tier", launch.tier());
    fields.put("launchDate", launch.launchDate().toString());
    fields.put("targetSegments", String.join(", ", launch.targetSegments()));
    fields.put("adoptionTargetPercent",
        launch.adoptionTarget().movePointRight(2).stripTrailingZeros().doubleValue());
    return new TaskView("Rework launch brief: " + launch.title(), locals, fields);
  }

  /** Task_ReviewBrief: ACCEPT, or SEND_BACK with a comment that says what to change. */
  void reviewBrief(long launchId, String decision, String comment, String user) {
    if (decision == null || !BRIEF_DECISIONS.contains(decision)) {
      throw new BadUserRequestException("Launch brief review: briefDecision must be ACCEPT or "
          + "SEND_BACK, was " + decision);
    }
    if ("SEND_BACK".equals(decision) && comment == null) {
      throw new BadUserRequestException("Launch brief review: sending back needs a comment "
          + "(briefComment) that says what to change");
    }
    launches.setReviewComment(launchId, comment);
    launches.signOff(launchId, "BRIEF", "ACCEPT".equals(decision) ? "ACCEPTED" : "SENT_BACK",
        null, comment, user, OffsetDateTime.now(clock));
  }

  /** Task_ReworkBrief: RESUBMIT (the brief checked like a new one and stored) or WITHDRAW. */
  void reworkBrief(long launchId, String action, BriefForm form) {
    if (action == null || !REWORK_ACTIONS.contains(action)) {
      throw new BadUserRequestException("Launch brief rework: reworkAction must be RESUBMIT or "
          + "WITHDRAW, was " + action);
    }
    if ("RESUBMIT".equals(action)) {
      launches.updateBrief(launchId, form.toLaunch(LocalDate.now(clock)),
          OffsetDateTime.now(clock));
    }
  }

  /** A readiness task: "Marketing readiness: Insights (T1, 2026-06-01)" and the brief. */
  TaskView prepareReadiness(long launchId, String title) {
    Launch launch = launches.get(launchId);
    return new TaskView(title + ": " + launch.title(), Map.of("briefSummary", launch.summary()));
  }

  /** Task_GoNoGo: the brief and every sign-off and decision so far. */
  TaskView prepareGoNoGo(long launchId) {
    Launch launch = launches.get(launchId);
    return new TaskView("Go / no-go: " + launch.title(),
        Map.of("briefSummary", launch.summary(), "signoffs", signoffs(launchId)));
  }

  /**
   * Task_DecideReadiness has decided: the sign-offs it requires and the go / no-go, each with
   * the groups its task is offered to, kept in the database for the sign-offs and the
   * announcement to check (a task user can overwrite process variables).
   *
   * @param groupsByArea area (MARKETING, SALES, CUSTOMER_SUCCESS, GO_NO_GO) → its task's
   *     candidate groups, comma-separated
   */
  void recordReadiness(long launchId, Map<String, String> groupsByArea) {
    readiness.replace(launchId, groupsByArea, OffsetDateTime.now(clock));
  }

  /**
   * A readiness sign-off of an area: every item of the form's checklist ticked, by a member of
   * the area's group (refused for anyone else, an admin included), recorded with who and when.
   *
   * @param checklist the form's required checkboxes, key → label
   * @param ticked the submitted value of each checkbox key (absent: not ticked)
   */
  void signOff(long launchId, String area, String title, Map<String, String> checklist,
      Map<String, Object> ticked, String comment, String user) {
    List<String> missing = new ArrayList<>();
    checklist.forEach((field, label) -> {
      if (!Boolean.TRUE.equals(ticked.get(field))) {
        missing.add(label + " (" + field + ")");
      }
    });
    if (!missing.isEmpty()) {
      throw new BadUserRequestException(title + ": sign off when every item is done; not "
          + "ticked: " + String.join(", ", missing));
    }
    requireMember(launchId, area, user, title);
    launches.signOff(launches.get(launchId).id(), area, "READY",
        String.join(", ", checklist.values()), comment, user, OffsetDateTime.now(clock));
  }

  /**
   * Task_GoNoGo: GO, or POSTPONE to a date after today, which becomes the launch date; by a
   * member of the deciding group (refused for anyone else, an admin included).
   */
  void decide(long launchId, String decision, String newLaunchDate, String comment,
      String user) {
    if (!"GO".equals(decision) && !"POSTPONE".equals(decision)) {
      throw new BadUserRequestException("Go / no-go: goDecision must be GO or POSTPONE, was "
          + decision);
    }
    requireMember(launchId, LaunchProcess.AREA_GO_NO_GO, user, "Go / no-go");
    Launch launch = launches.get(launchId);
    OffsetDateTime now = OffsetDateTime.now(clock);
    if ("POSTPONE".equals(decision)) {
      LocalDate date = newDate(newLaunchDate);
      launches.postpone(launch.id(), date, now);
      launches.signOff(launch.id(), "GO_NO_GO", "POSTPONED", null,
          "to " + date + (comment == null ? "" : ": " + comment), user, now);
    } else {
      launches.signOff(launch.id(), "GO_NO_GO", "GO", null, comment, user, now);
    }
  }

  /**
   * Before the launch is announced (Task_AnnounceLaunch): for each sign-off the last readiness
   * determination required, the latest one given since is READY, and the latest go / no-go is
   * GO, each by a member of its task's group as the database records them. Otherwise nothing is
   * announced and the step's job fails, an incident once its retries are spent: a process moved
   * to the launch day (past the determination too), a forged goDecision or a sign-off by someone
   * else never sends the targeted accounts out. Only a launch that existed before the
   * determinations were kept (V15) and has had none since is checked on its last go alone.
   */
  void checkGo(long launchId) {
    List<LaunchReadinessRepository.Required> required = readiness.required(launchId);
    if (required.isEmpty()) {
      if (!readiness.unrecorded(launchId)) {
        throw new IllegalStateException("Launch " + launchId + " is not announced: no "
            + "readiness determination is recorded (the process was moved past it)");
      }
      log.warn("Launch {} was determined before its required sign-offs were kept: only its "
          + "go decision is checked", launchId);
      checkLastGo(launchId);
      return;
    }
    List<LaunchReadinessRepository.Given> given =
        readiness.givenSince(launchId, required.get(0).afterSignoffId());
    List<String> problems = new ArrayList<>();
    for (LaunchReadinessRepository.Required area : required) {
      boolean go = LaunchProcess.AREA_GO_NO_GO.equals(area.area());
      String expected = go ? "GO" : "READY";
      LaunchReadinessRepository.Given last = given.stream()
          .filter(g -> g.area().equals(area.area())).reduce((first, second) -> second)
          .orElse(null);
      if (last == null) {
        problems.add(area.area() + " has " + (go ? "no decision" : "no sign-off"));
      } else if (!expected.equals(last.decision())) {
        problems.add(area.area() + " is " + last.decision() + ", not " + expected);
      } else if (!members.inAny(last.signedBy(), area.groups())) {
        problems.add(area.area() + " was given by " + last.signedBy() + ", a member of none of "
            + area.groups());
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException("Launch " + launchId + " is not announced: "
          + String.join("; ", problems));
    }
  }

  private void checkLastGo(long launchId) {
    String last = launches.signoffs(launchId).stream()
        .filter(s -> LaunchProcess.AREA_GO_NO_GO.equals(s.area()))
        .map(LaunchRepository.Signoff::decision).reduce((first, second) -> second)
        .orElse(null);
    if (!"GO".equals(last)) {
      throw new IllegalStateException("Launch " + launchId + " is not announced: its last "
          + "go / no-go decision is " + last + ", not GO");
    }
  }

  /**
   * The sign-off or decision of an area is its task's group's: the groups the last
   * determination recorded. None recorded for the area is refused (the process was moved to
   * the task past the determination, or to an area it did not ask for), but for a launch that
   * existed before determinations were kept (V15) and has had none since: the engine's task
   * authorizations alone.
   */
  private void requireMember(long launchId, String area, String user, String title) {
    List<LaunchReadinessRepository.Required> required = readiness.required(launchId);
    if (required.isEmpty() && readiness.unrecorded(launchId)) {
      return;
    }
    LaunchReadinessRepository.Required asked = required.stream()
        .filter(r -> r.area().equals(area)).findFirst().orElseThrow(() ->
            new BadUserRequestException(title + ": launch " + launchId + " has no readiness "
                + "determination that asks for " + area + "; the process was moved past it"));
    if (!members.inAny(user, asked.groups())) {
      throw new BadUserRequestException(title + ": user '" + user + "' may not decide on "
          + "launch " + launchId + ": a member of " + asked.groups() + " must");
    }
  }

  private LocalDate newDate(String value) {
    LocalDate today = LocalDate.now(clock);
    if (value == null) {
      throw new BadUserRequestException("Go / no-go: postponing needs the new launch date "
          + "(newLaunchDate)");
    }
    LocalDate date;
    try {
      date = LocalDate.parse(value.substring(0, Math.min(10, value.length())));
    } catch (DateTimeParseException e) {
      throw new BadUserRequestException("Go / no-go: newLaunchDate must be a date like "
          + "2027-03-01, was " + value);
    }
    if (!date.isAfter(today)) {
      throw new BadUserRequestException("Go / no-go: the new launch date must be after "
          + today + ", was " + date);
    }
    return date;
  }

  private String signoffs(long launchId) {
    List<String> lines = launches.signoffs(launchId).stream()
        .map(s -> s.signedAt().atZoneSameInstant(clock.getZone()).toLocalDate() + " "
            + s.area() + " " + s.decision()
            + (s.signedBy() == null ? "" : " by " + s.signedBy())
            + (s.comment() == null ? "" : ": " + s.comment()))
        .toList();
    return lines.isEmpty() ? "No sign-off yet." : String.join("\n", lines);
  }

  /**
   * What a task shows: its name, the task-local variables its form reads, and the process
   * variables it fills in for the form to edit (only the rework has any).
   */
  record TaskView(String name, Map<String, Object> locals, Map<String, Object> variables) {

    TaskView(String name, Map<String, Object> locals) {
      this(name, locals, Map.of());
    }
  }
}
