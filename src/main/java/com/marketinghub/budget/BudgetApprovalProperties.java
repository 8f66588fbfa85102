package com.marketinghub.budget;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * marketing-hub.budget: approval due date and reminder cycle, Finance export retries, and where
 * the export goes.
 *
 * @param approvalDue how long an approver has (due date of each approval task)
 * @param reminderCycle Camunda cycle of the reminder mails while an approval task is open
 * @param exportRetryCycle Camunda retry cycle of the Finance export
 * @param exportFolder folder of finance-commitments-YYYY-MM-DD.csv
 */
@ConfigurationProperties("marketing-hub.budget")
public record BudgetApprovalProperties(Duration approvalDue, String reminderCycle,
    String exportRetryCycle, String exportFolder) {}
