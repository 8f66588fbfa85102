package com.marketinghub.tasklist;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * marketing-hub.task-notices (docs/operations.md, "Task notices"): whether people are mailed
 * when a task is assigned to them or offered to their group, and when the offers' digest goes.
 *
 * @param enabled false: no assignment mails and no digests for anyone
 * @param digestCron when {@code task-offer-digest} mails each member of a group the tasks newly
 *     offered to it (Camunda cron, seconds first); a member gets at most one digest per run
 */
@ConfigurationProperties("marketing-hub.task-notices")
public record TaskNoticeProperties(Boolean enabled, String digestCron) {

  public TaskNoticeProperties {
    enabled = enabled == null || enabled;
    digestCron = digestCron == null || digestCron.isBlank() ? "0 0/15 * * * ?" : digestCron;
  }
}
