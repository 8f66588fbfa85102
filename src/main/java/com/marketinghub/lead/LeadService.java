package com.marketinghub.lead;

import com.marketinghub.security.CurrentUser;
import com.marketinghub.security.Groups;
import com.marketinghub.common.ForbiddenException;
import com.marketinghub.common.NotFoundException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import com.marketinghub.process.AsApplication;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Takes leads in and starts their handoff; shows a lead to those allowed to see it. */
@Service
public class LeadService {

  /** Groups that see every lead; others see the leads they own or their team has. */
  private static final Set<String> SEE_ALL =
      Set.of(Groups.MARKETING, Groups.MARKETING_OPS, Groups.SALES_MANAGERS, Groups.ADMIN);

  private final LeadRepository leads;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final IdentityService identityService;
  private final CurrentUser currentUser;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  LeadService(LeadRepository leads, RuntimeService runtimeService, TaskService taskService,
      IdentityService identityService, CurrentUser currentUser,
      ApplicationEventPublisher events, Clock clock) {
    this.events = events;
    this.leads = leads;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.identityService = identityService;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  /**
   * Creates the lead and starts its lead-handoff instance in one transaction; a lead whose
   * natural key exists is returned, nothing starts, and newer values it was posted with are
   * taken (unless a person corrected its contact data) and scored once committed.
   */
  @Transactional
  public LeadIntake intake(NewLead lead) {
    LeadValidation.validate(lead);
    LeadRepository.ImportedLead stored = leads.findForImport(List.of(lead.naturalKey()))
        .get(lead.naturalKey());
    if (stored != null) {
      long id = stored.id();
      if (!stored.editedByPerson() && !LeadImportKind.sameValues(stored.values(), lead)) {
        // Posted again with newer data: as an import takes it, then scored again.
        leads.updateFromImport(id, lead, OffsetDateTime.now(clock));
        events.publishEvent(new LeadDataChanged(Set.of(id)));
      }
      return new LeadIntake(leads.get(id), false);
    }
    long id = create(lead);
    return new LeadIntake(leads.get(id), true);
  }

  /**
   * Stores an expansion opportunity of a customer account as a lead of type EXPANSION for the
   * lead-handoff instance that the opportunity's message started, in that instance's
   * transaction; nothing when a lead with its natural key exists (the sender makes the key say
   * account and quarter).
   *
   * @return the new lead's id, empty when the lead existed
   */
  Optional<Long> registerExpansion(NewLead lead, long accountId, String processInstanceId) {
    LeadValidation.validate(lead);
    if (leads.findByNaturalKey(lead.naturalKey()).isPresent()) {
      return Optional.empty();
    }
    long id = leads.insert(lead, LeadType.EXPANSION, accountId, OffsetDateTime.now(clock));
    leads.setProcessInstanceId(id, processInstanceId);
    return Optional.of(id);
  }

  /**
   * Inserts the lead and starts its handoff, in the caller's transaction; the caller has
   * validated it and made sure its natural key is new.
   */
  long create(NewLead lead) {
    long id = insert(lead);
    startHandoff(id);
    return id;
  }

  /** Inserts the lead without starting its handoff (see {@link HandoffStarter}). */
  long insert(NewLead lead) {
    return leads.insert(lead, OffsetDateTime.now(clock));
  }

  /** Starts the handoff of a stored lead that has none, in the caller's transaction. */
  void startHandoff(long id) {
    ProcessInstance instance = runtimeService
        .createMessageCorrelation(LeadHandoffProcess.MSG_LEAD_RECEIVED)
        .processInstanceBusinessKey(String.valueOf(id))
        .setVariable(LeadHandoffProcess.VAR_LEAD_ID, id)
        .correlateStartMessage();
    leads.setProcessInstanceId(id, instance.getId());
  }

  /** The lead as stored, for a caller who lost a race to create the same lead. */
  public Optional<Lead> findExisting(NewLead lead) {
    return leads.findByNaturalKey(lead.naturalKey());
  }

  public LeadView view(long id) {
    Lead lead = leads.findById(id).orElseThrow(() -> new NotFoundException("No lead with id " + id));
    String userId = currentUser.userId();
    if (!maySee(userId, currentUser.groupIds(), lead)) {
      throw new ForbiddenException("User '" + userId + "' may not see lead " + id
          + ": it belongs to team " + lead.team());
    }
    return LeadView.of(lead, currentTask(lead));
  }

  /**
   * Leads newest first, of one status or all; a caller outside the groups that see every lead
   * sees the leads of their teams and their own.
   */
  public LeadPage list(LeadStatus status, int page, int size) {
    String userId = currentUser.userId();
    List<String> groups = currentUser.groupIds();
    List<String> teams = groups.stream().anyMatch(SEE_ALL::contains) ? null : groups;
    List<LeadView> items = leads.page(status, teams, userId, page * size, size)
        .stream().map(lead -> LeadView.of(lead, null)).toList();
    return new LeadPage(items, page, size, leads.count(status, teams, userId));
  }

  public record LeadPage(List<LeadView> items, int page, int size, long total) {}

  private static boolean maySee(String userId, List<String> groups, Lead lead) {
    return groups.stream().anyMatch(SEE_ALL::contains)
        || userId.equals(lead.owner())
        || (lead.team() != null && groups.contains(lead.team()));
  }

  /**
   * The open task of the lead's process, whoever it is offered to: the caller's right to see the
   * lead was checked above, and the task's name and assignee are part of the lead's state.
   */
  private Task currentTask(Lead lead) {
    if (lead.processInstanceId() == null) {
      return null;
    }
    return AsApplication.call(identityService, () -> taskService.createTaskQuery()
        .processInstanceId(lead.processInstanceId()).orderByTaskCreateTime().desc()
        .listPage(0, 1).stream().findFirst().orElse(null));
  }

  /** @param created false when the lead existed and nothing was started */
  public record LeadIntake(Lead lead, boolean created) {}
}
