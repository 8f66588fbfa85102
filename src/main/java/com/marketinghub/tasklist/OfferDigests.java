package com.marketinghub.tasklist;

import com.marketinghub.notify.MailTemplates;
import com.marketinghub.notify.PeopleMailer;
import com.marketinghub.process.BusinessKeys;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Task_SendOfferDigests of task-offer-digest (docs/operations.md, "Task notices"): each member
 * of a group that tasks were offered to since the last run gets one mail listing those still
 * open and unassigned. The offers are removed in the run's transaction and the mails leave after
 * it commits: a failed run is retried whole and mails nobody twice.
 */
@Service
class OfferDigests {

  private static final Logger log = LoggerFactory.getLogger(OfferDigests.class);
  /** Offers per run: a backlog beyond it waits for the next run. */
  static final int MAX_OFFERS = 5000;
  /** Tasks one digest lists by name; the rest it counts (Tasklist shows them all). */
  static final int MAX_LISTED = 50;
  private static final int PAGE = 500;

  private final TaskOfferRepository offers;
  private final TaskService tasks;
  private final RuntimeService runtime;
  private final RepositoryService repository;
  private final IdentityService identity;
  private final TaskNoticePreferences preferences;
  private final PeopleMailer mailer;
  private final MailTemplates templates;
  private final TasklistLinks links;
  private final Clock clock;

  OfferDigests(TaskOfferRepository offers, TaskService tasks, RuntimeService runtime,
      RepositoryService repository, IdentityService identity, TaskNoticePreferences preferences,
      PeopleMailer mailer, MailTemplates templates, TasklistLinks links, Clock clock) {
    this.offers = offers;
    this.tasks = tasks;
    this.runtime = runtime;
    this.repository = repository;
    this.identity = identity;
    this.preferences = preferences;
    this.mailer = mailer;
    this.templates = templates;
    this.links = links;
    this.clock = clock;
  }

  /** @return how many people were sent a digest */
  int send() {
    List<TaskOfferRepository.Offer> waiting = offers.take(offers.waiting(MAX_OFFERS));
    if (waiting.isEmpty()) {
      return 0;
    }
    Map<String, Task> open = openUnassigned(waiting.stream()
        .map(TaskOfferRepository.Offer::taskId).distinct().toList());
    Map<String, String> businessKeys = BusinessKeys.of(runtime,
        open.values().stream().map(Task::getProcessInstanceId).toList());
    // user -> their groups with news, and the tasks, in the order offered
    Map<String, Set<String>> groupsOf = new LinkedHashMap<>();
    Map<String, Set<String>> tasksOf = new LinkedHashMap<>();
    Map<String, List<String>> members = new HashMap<>();
    for (TaskOfferRepository.Offer offer : waiting) {
      if (!open.containsKey(offer.taskId())) {
        continue;
      }
      for (String user : members.computeIfAbsent(offer.groupId(), this::members)) {
        groupsOf.computeIfAbsent(user, u -> new TreeSet<>()).add(offer.groupId());
        tasksOf.computeIfAbsent(user, u -> new LinkedHashSet<>()).add(offer.taskId());
      }
    }
    Map<String, Map<String, Object>> views = new HashMap<>();
    int sent = 0;
    for (Map.Entry<String, Set<String>> entry : tasksOf.entrySet()) {
      String user = entry.getKey();
      if (!preferences.wants(user)) {
        continue;
      }
      List<Map<String, Object>> listed = new ArrayList<>();
      entry.getValue().stream().limit(MAX_LISTED).forEach(taskId ->
          listed.add(views.computeIfAbsent(taskId, id -> view(open.get(id), businessKeys))));
      int total = entry.getValue().size();
      Set<String> groups = groupsOf.get(user);
      MailTemplates.Rendered mail = templates.render("task-offers", Map.of(
          "user", preferences.greeting(user),
          "groups", (groups.size() == 1 ? "group " : "groups ") + String.join(", ", groups),
          "tasks", listed, "total", total, "more", total - listed.size()));
      mailer.sendAfterCommit(List.of(user), List.of(), total == 1
          ? "New task for your group: " + listed.get(0).get("name")
          : total + " new tasks for your groups", mail.text(), mail.html());
      sent++;
    }
    log.info("Task offer digest: {} offers, {} people mailed", waiting.size(), sent);
    return sent;
  }

  private Map<String, Task> openUnassigned(List<String> taskIds) {
    Map<String, Task> open = new HashMap<>();
    for (int from = 0; from < taskIds.size(); from += PAGE) {
      List<String> page = taskIds.subList(from, Math.min(taskIds.size(), from + PAGE));
      tasks.createTaskQuery().taskIdIn(page.toArray(String[]::new)).active().taskUnassigned()
          .listPage(0, PAGE).forEach(task -> open.put(task.getId(), task));
    }
    return open;
  }

  private List<String> members(String group) {
    List<String> ids = new ArrayList<>();
    for (int first = 0; ; first += PAGE) {
      List<User> page = identity.createUserQuery().memberOfGroup(group).orderByUserId().asc()
          .listPage(first, PAGE);
      page.forEach(user -> ids.add(user.getId()));
      if (page.size() < PAGE) {
        break;
      }
    }
    return ids;
  }

  private Map<String, Object> view(Task task, Map<String, String> businessKeys) {
    ProcessDefinition process = task.getProcessDefinitionId() == null ? null
        : repository.getProcessDefinition(task.getProcessDefinitionId());
    return AssignmentNotices.view(task.getId(), task.getName(), process,
        businessKeys.get(task.getProcessInstanceId()), task.getDueDate(), links, clock);
  }
}
