package com.marketinghub.budget;

/** Where a budget request stands. */
public enum BudgetRequestStatus {
  DRAFT, SUBMITTED, APPROVED, REJECTED, WITHDRAWN
}
