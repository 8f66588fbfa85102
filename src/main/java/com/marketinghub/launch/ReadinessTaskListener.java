package com.marketinghub.launch;

import static com.marketinghub.launch.LaunchProcess.TASK_CUSTOMER_SUCCESS_BRIEFING;
import static com.marketinghub.launch.LaunchProcess.TASK_GO_NO_GO;
import static com.marketinghub.launch.LaunchProcess.TASK_MARKETING_READINESS;
import static com.marketinghub.launch.LaunchProcess.TASK_SALES_ENABLEMENT;
import static com.marketinghub.launch.LaunchProcess.VAR_GO_DECISION;
import static com.marketinghub.launch.LaunchProcess.VAR_NEW_LAUNCH_DATE;

import com.marketinghub.security.TaskCompleter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The readiness sign-offs and Task_GoNoGo. A sign-off needs every item of its checklist ticked
 * and is recorded with who and when; the go/no-go form shows every sign-off, and a postponement
 * needs a new date in the future, which becomes the launch date.
 */
@Component("readinessTaskListener")
class ReadinessTaskListener implements TaskListener {

  /** Each readiness task: its area and its checklist (form field → what it means). */
  static final Map<String, Checklist> CHECKLISTS = Map.of(
      TASK_MARKETING_READINESS, new Checklist("MARKETING", "Marketing readiness", items(
          "messagingReady", "messaging", "campaignReady", "campaign", "webPageReady",
          "web page")),
      TASK_SALES_ENABLEMENT, new Checklist("SALES", "Sales enablement", items(
          "salesDeckReady", "sales deck", "pricingBriefed", "pricing briefed", "demoReady",
          "demo")),
      TASK_CUSTOMER_SUCCESS_BRIEFING, new Checklist("CUSTOMER_SUCCESS",
          "Customer success briefing", items("faqReady", "FAQ", "csmsBriefed", "CSMs briefed",
          "supportTrained", "support trained")));

  private final LaunchRepository launches;
  private final Clock clock;

  ReadinessTaskListener(LaunchRepository launches, Clock clock) {
    this.launches = launches;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    Launch launch = launches.get(LaunchVariables.launchId(task));
    Checklist checklist = CHECKLISTS.get(task.getTaskDefinitionKey());
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.setName((checklist == null ? "Go / no-go" : checklist.title()) + ": "
          + BriefTaskListener.title(launch));
      task.setVariableLocal("briefSummary", BriefTaskListener.summary(launch));
      if (checklist == null) {
        task.setVariableLocal("signoffs", signoffs(launch.id()));
      }
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      if (checklist != null) {
        signOff(task, launch, checklist);
      } else if (TASK_GO_NO_GO.equals(task.getTaskDefinitionKey())) {
        decide(task, launch);
      }
    }
  }

  private void signOff(DelegateTask task, Launch launch, Checklist checklist) {
    List<String> missing = new ArrayList<>();
    checklist.items().forEach((field, label) -> {
      if (!Boolean.TRUE.equals(task.getVariable(field))) {
        missing.add(label + " (" + field + ")");
      }
    });
    if (!missing.isEmpty()) {
      throw new BadUserRequestException(checklist.title() + ": sign off when every item is "
          + "done; not ticked: " + String.join(", ", missing));
    }
    launches.signOff(launch.id(), checklist.area(), "READY",
        String.join(", ", checklist.items().values()),
        LaunchVariables.text(task, "readinessComment"), TaskCompleter.userId(task),
        OffsetDateTime.now(clock));
    // The next readiness round (after a postponement) starts unticked.
    checklist.items().keySet().forEach(field -> task.getExecution().removeVariable(field));
  }

  private void decide(DelegateTask task, Launch launch) {
    String decision = LaunchVariables.text(task, VAR_GO_DECISION);
    if (!"GO".equals(decision) && !"POSTPONE".equals(decision)) {
      throw new BadUserRequestException("Go / no-go: goDecision must be GO or POSTPONE, was "
          + decision);
    }
    String comment = LaunchVariables.text(task, "goComment");
    OffsetDateTime now = OffsetDateTime.now(clock);
    if ("POSTPONE".equals(decision)) {
      LocalDate date = newDate(LaunchVariables.text(task, VAR_NEW_LAUNCH_DATE));
      launches.postpone(launch.id(), date, now);
      launches.signOff(launch.id(), "GO_NO_GO", "POSTPONED", null,
          "to " + date + (comment == null ? "" : ": " + comment), TaskCompleter.userId(task),
          now);
    } else {
      launches.signOff(launch.id(), "GO_NO_GO", "GO", null, comment, TaskCompleter.userId(task),
          now);
    }
  }

  private LocalDate newDate(String value) {
    LocalDate today = LocalDate.now(clock);
    if (value == null) {
      throw new BadUserRequestException("Go / no-go: postponing needs the new launch date "
          + "(newLaunchDate)");
    }
    try {
      LocalDate date = LocalDate.parse(value.substring(0, Math.min(10, value.length())));
      if (!date.isAfter(today)) {
        throw new BadUserRequestException("Go / no-go: the new launch date must be after "
            + today + ", was " + date);
      }
      return date;
    } catch (DateTimeParseException e) {
      throw new BadUserRequestException("Go / no-go: newLaunchDate must be a date like "
          + "2027-03-01, was " + value);
    }
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

  private static Map<String, String> items(String... fieldsAndLabels) {
    Map<String, String> items = new LinkedHashMap<>();
    for (int i = 0; i < fieldsAndLabels.length; i += 2) {
      items.put(fieldsAndLabels[i], fieldsAndLabels[i + 1]);
    }
    return items;
  }

  record Checklist(String area, String title, Map<String, String> items) {}
}
