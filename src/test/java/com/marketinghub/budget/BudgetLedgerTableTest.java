package com.marketinghub.budget;

import com.marketinghub.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Plan versus actual on the application's database (H2; PostgreSQL in PostgresApplicationIT):
 * the hand-checked table of docs/budget.md booked through the real code, and two approvals and
 * an invoice booked at once.
 */
class BudgetLedgerTableTest extends ApplicationTest {

  @Autowired ApplicationContext context;

  @Test
  void shouldBookTheHandCheckedTableOfTheDocsFigureByFigure() {
    new LedgerTable(context).replayDocumentedTable();
  }

  @Test
  void shouldCountTwoApprovalsAndAnInvoiceBookedAtOnceExactly() throws Exception {
    new LedgerTable(context).raceTwoApprovalsAndAnActual(3);
  }

  @Test
  void shouldGiveTheLastEurosToOneApprovalWhileAnInvoiceIsBooked() throws Exception {
    new LedgerTable(context).raceForTheLastEurosWithAnActual(3);
  }
}
