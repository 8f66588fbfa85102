package com.marketinghub.tasklist;

import com.marketinghub.notify.MailTemplates;
import com.marketinghub.notify.PeopleMailer;
import com.marketinghub.security.CurrentUser;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * People told of their work (docs/operations.md, "Task notices"): a task assigned to a person
 * mails them at once (after the assigning transaction commits), unless they took it themselves
 * or turned notices off; a task offered to groups without an assignee waits for the next
 * digest of {@link OfferDigests}.
 */
@Service
class AssignmentNotices {

  private static final Logger log = LoggerFactory.getLogger(AssignmentNotices.class);
  static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm (z)");

  private final TaskNoticePreferences preferences;
  private final TaskOfferRepository offers;
  private final PeopleMailer mailer;
  private final MailTemplates templates;
  private final TasklistLinks links;
  private final CurrentUser currentUser;
  private final Clock clock;

  AssignmentNotices(TaskNoticePreferences preferences, TaskOfferRepository offers,
      PeopleMailer mailer, MailTemplates templates, TasklistLinks links,
      CurrentUser currentUser, Clock clock) {
    this.preferences = preferences;
    this.offers = offers;
    this.mailer = mailer;
    this.templates = templates;
    this.links = links;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  /**
   * The task's assignee changed (at its creation too): mail the new assignee. A task that lost
   * its assignee (unclaimed, or a late lead review handed back to its team) is offered to its
   * groups again, for their next digest.
   */
  void assigned(DelegateTask task) {
    String assignee = task.getAssignee();
    if (assignee == null) {
      offerToGroups(task);
      return;
    }
    String by = currentUser.userIdOrNull();
    if (assignee.equals(by) || !preferences.wants(assignee)) {
      return;
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put("user", preferences.greeting(assignee));
    variables.put("assignedBy", by);
    variables.put("task", view(task, links, clock));
    MailTemplates.Rendered mail = templates.render("task-assigned", variables);
    mailer.sendAfterCommit(List.of(assignee), List.of(), "Task for you: " + task.getName(),
        mail.text(), mail.html());
    log.debug("Task {} assigned to {}: notice queued", task.getId(), assignee);
  }

  /** The task was created: without an assignee, its candidate groups await their digest. */
  void created(DelegateTask task) {
    if (task.getAssignee() == null) {
      offerToGroups(task);
    }
  }

  private void offerToGroups(DelegateTask task) {
    List<String> groups = task.getCandidates().stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
        .map(link -> link.getGroupId()).filter(Objects::nonNull).distinct().toList();
    if (!groups.isEmpty()) {
      offers.offer(task.getId(), groups, OffsetDateTime.now(clock));
    }
  }

  /** What a mail shows of a task: name, record, due date (business zone) and link. */
  static Map<String, Object> view(DelegateTask task, TasklistLinks links, Clock clock) {
    ProcessDefinitionEntity process = task instanceof TaskEntity entity
        ? entity.getProcessDefinition() : null;
    String businessKey = task.getExecution() == null ? null
        : task.getExecution().getProcessBusinessKey();
    return view(task.getId(), task.getName(), process, businessKey, task.getDueDate(), links,
        clock);
  }

  /** @param process the task's process definition, whose name (else key) names the record */
  static Map<String, Object> view(String taskId, String name, ProcessDefinition process,
      String businessKey, Date due, TasklistLinks links, Clock clock) {
    String processName = process == null ? null
        : process.getName() != null ? process.getName() : process.getKey();
    Map<String, Object> view = new HashMap<>();
    view.put("name", name);
    view.put("record", processName == null ? businessKey
        : businessKey == null ? processName : processName + " " + businessKey);
    view.put("due", due == null ? null : DUE.format(due.toInstant().atZone(clock.getZone())));
    view.put("link", links.task(taskId));
    return view;
  }

}
