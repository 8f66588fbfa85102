package com.marketinghub.budget;

import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * marketing-hub.budget: approval due date and reminder cycle, Finance export retries, where
 * the export goes, and the attribution window before a campaign's ROI review.
 *
 * @param approvalDue how long an approver has (due date of each approval task)
 * @param reminderCycle Camunda cycle of the reminder mails while an approval task is open
 * @param exportRetryCycle Camunda retry cycle of the Finance export
 * @param exportFolder folder of finance-commitments-YYYY-MM-DD.csv
 * @param attributionWindow how long after a campaign's end its ROI review waits for deals to
 *     close ({@link AttributionWindow})
 */
@ConfigurationProperties("marketing-hub.budget")
public record BudgetApprovalProperties(Duration approvalDue, String reminderCycle,
    String exportRetryCycle, String exportFolder, Period attributionWindow) {}
