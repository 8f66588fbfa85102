package com.marketinghub.launch;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.springframework.stereotype.Service;

/**
 * The people's steps of launch-coordination, on plain ids and values: what a readiness or
 * go/no-go task shows ({@code prepare...}) and what its completion records ({@code signOff},
 * {@code decide}). Refusals are {@link BadUserRequestException}s, which Tasklist and
 * /engine-rest show as the task's 400.
 */
@Service
class LaunchCoordination {

  private final LaunchRepository launches;
  private final Clock clock;

  LaunchCoordination(LaunchRepository launches, Clock clock) {
    this.launches = launches;
    this.clock = clock;
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
   * A readiness sign-off of an area: every item of the form's checklist ticked, recorded with
   * who and when.
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
    launches.signOff(launches.get(launchId).id(), area, "READY",
        String.join(", ", checklist.values()), comment, user, OffsetDateTime.now(clock));
  }

  /** Task_GoNoGo: GO, or POSTPONE to a date after today, which becomes the launch date. */
  void decide(long launchId, String decision, String newLaunchDate, String comment,
      String user) {
    if (!"GO".equals(decision) && !"POSTPONE".equals(decision)) {
      throw new BadUserRequestException("Go / no-go: goDecision must be GO or POSTPONE, was "
          + decision);
    }
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

  /** What a task shows: its name and the task-local variables its form reads. */
  record TaskView(String name, Map<String, Object> locals) {}
}
