package com.marketinghub.budget;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * budget-approval's hand-over to Finance, on plain ids and values (split from
 * {@link BudgetApproval} by concern): the committed request's line in the export file, and the
 * person's task when the export folder cannot be written.
 */
@Service
class BudgetApprovalFinanceExport {

  private static final Logger log = LoggerFactory.getLogger(BudgetApprovalFinanceExport.class);

  private final BudgetRequestRepository requests;
  private final BudgetApproval approval;
  private final BudgetLedger ledger;
  private final FinanceCommitmentExport file;

  BudgetApprovalFinanceExport(BudgetRequestRepository requests, BudgetApproval approval,
      BudgetLedger ledger, FinanceCommitmentExport file) {
    this.requests = requests;
    this.approval = approval;
    this.ledger = ledger;
    this.file = file;
  }

  /**
   * Task_ExportToFinance: appends the request's line to the day's file, only when the database
   * shows the request approved ({@link #checkExportable}). A failure while writing is thrown,
   * for the job's retries and finally an incident.
   *
   * @return empty when written; otherwise why the folder cannot be written, which a person
   *     fixes (Error_FinanceExportFailed)
   */
  Optional<String> export(long requestId) {
    BudgetRequest request = requests.get(requestId);
    checkExportable(request);
    String problem = file.problem();
    if (problem != null) {
      log.warn("Budget request {} not exported to Finance: {}", request.id(), problem);
      return Optional.of(problem);
    }
    try {
      log.info("Budget request {} exported to {}", request.id(), file.append(request));
    } catch (IOException e) {
      throw new UncheckedIOException("Writing the Finance export failed", e);
    }
    return Optional.empty();
  }

  /**
   * Before a line goes to Finance: the request's row says APPROVED, every level its
   * determination required is approved by distinct people other than the requester (the
   * commitment's own check, {@link BudgetApproval#checkApprovals}), and its commitment is booked
   * in the ledger. Otherwise nothing is written and the step's job fails (an incident once its
   * retries are spent): a process moved to the export, or variables that claim an approval the
   * database does not hold, never put money in Finance's file.
   */
  private void checkExportable(BudgetRequest request) {
    if (request.status() != BudgetRequestStatus.APPROVED) {
      throw new IllegalStateException("Budget request " + request.id() + " is not exported to "
          + "Finance: its status is " + request.status() + ", not APPROVED");
    }
    approval.checkApprovals(request, "exported to Finance");
    if (!ledger.hasCommitment(request.id())) {
      throw new IllegalStateException("Budget request " + request.id() + " is not exported to "
          + "Finance: it has no commitment in the ledger");
    }
  }

  /** Task_ResolveFinanceExport: the request and what failed. */
  TaskView prepareResolution(long requestId, String exportProblem) {
    BudgetRequest request = requests.get(requestId);
    Map<String, Object> locals = new LinkedHashMap<>();
    locals.put("request", request.describe());
    locals.put("exportProblemShown", exportProblem == null ? "-" : exportProblem);
    return new TaskView("Finance export failed: " + request.describe(), null, locals);
  }
}
