package com.marketinghub.lead;

import java.time.OffsetDateTime;
import java.util.Date;
import org.camunda.bpm.engine.task.Task;

/** A lead as GET /api/leads/{id} shows it. */
public record LeadView(
    long id,
    LeadType type,
    String source,
    String externalId,
    String email,
    String firstName,
    String lastName,
    String company,
    String country,
    Integer companySize,
    String jobTitle,
    OffsetDateTime createdAt,
    LeadStatus status,
    Score score,
    String team,
    String owner,
    OffsetDateTime slaDueAt,
    boolean slaBreached,
    String rejectReason,
    String rejectComment,
    String crmId,
    String crmError,
    String processInstanceId,
    String accountId,
    String accountMatchRule,
    java.math.BigDecimal accountMatchConfidence,
    int reentries,
    OffsetDateTime reenteredAt,
    CurrentTask currentTask) {

  static LeadView of(Lead lead, Task task) {
    Score score = lead.score() == null ? null : new Score(lead.score(), lead.fitScore(),
        lead.engagementScore(), lead.scoreCompanySize(), lead.scoreCountry(),
        lead.scoreSeniority());
    CurrentTask current = task == null ? null : new CurrentTask(task.getId(), task.getName(),
        task.getTaskDefinitionKey(), task.getAssignee(), task.getDueDate());
    return new LeadView(lead.id(), lead.type(), lead.source(), lead.externalId(), lead.email(),
        lead.firstName(), lead.lastName(), lead.company(), lead.country(), lead.companySize(),
        lead.jobTitle(), lead.createdAt(), lead.status(), score, lead.team(), lead.owner(),
        lead.slaDueAt(), lead.slaBreached(), lead.rejectReason(), lead.rejectComment(),
        lead.crmId(), lead.crmError(), lead.processInstanceId(), lead.accountId(),
        lead.accountMatchRule(), lead.accountMatchConfidence(), lead.reentries(), lead.reenteredAt(), current);
  }

  public record Score(int total, Integer fit, Integer engagement, Integer companySize,
      Integer country, Integer seniority) {}

  public record CurrentTask(String id, String name, String taskDefinitionKey, String assignee,
      Date due) {}
}
