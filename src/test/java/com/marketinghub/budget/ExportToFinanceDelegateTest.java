package com.marketinghub.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.Mockito;

/**
 * The Finance export on its own: the file it writes, and when a person has to step in (the
 * delegate on {@link BudgetApprovalFinanceExport}, without the engine).
 */
class ExportToFinanceDelegateTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T10:15:00Z"),
      ZoneOffset.UTC);

  private static BudgetRequest request(long id, String campaign) {
    return new BudgetRequest(id, null, campaign, "events", "2026-Q4", 400_050, "EUR", null, null,
        null, null, "mia", BudgetRequestStatus.APPROVED, false, null, null);
  }

  private static FinanceCommitmentExport export(Path folder) {
    return new FinanceCommitmentExport(new BudgetApprovalProperties(Duration.ofDays(3), "R/P1D",
        "R3/PT5M", folder.toString(), Period.ofDays(90)), CLOCK);
  }

  @Test
  void shouldAppendOneLinePerCommitmentUnderOneHeaderPerDay(@TempDir Path folder)
      throws Exception {
    FinanceCommitmentExport export = export(folder);

    export.append(request(1, "Spring, \"big\" launch"));
    Path file = export.append(request(2, "=HYPERLINK(\"x\")"));

    assertThat(file.getFileName().toString()).isEqualTo("finance-commitments-2026-11-27.csv");
    assertThat(Files.readAllLines(file)).containsExactly(FinanceCommitmentExport.HEADER,
        "1,2026-Q4,events,\"Spring, \"\"big\"\" launch\",4000.50,EUR,mia,2026-11-27T10:15Z",
        "2,2026-Q4,events,\"'=HYPERLINK(\"\"x\"\")\",4000.50,EUR,mia,2026-11-27T10:15Z");
  }

  @Test
  void shouldHandAnUnwritableFolderToAPerson(@TempDir Path folder) throws Exception {
    Path notAFolder = Files.writeString(folder.resolve("file"), "x");
    BudgetRequestRepository requests = Mockito.mock(BudgetRequestRepository.class);
    Mockito.when(requests.get(7)).thenReturn(request(7, "Webinar"));
    DelegateExecution execution = Mockito.mock(DelegateExecution.class);
    Mockito.when(execution.getProcessBusinessKey()).thenReturn("7");

    BudgetLedger ledger = Mockito.mock(BudgetLedger.class);
    Mockito.when(ledger.hasCommitment(7)).thenReturn(true);
    ExportToFinanceDelegate delegate = new ExportToFinanceDelegate(
        new BudgetApprovalFinanceExport(requests, Mockito.mock(BudgetApproval.class), ledger,
            export(notAFolder.resolve("outbox"))));

    assertThatThrownBy(() -> delegate.execute(execution)).isInstanceOf(BpmnError.class)
        .extracting(e -> ((BpmnError) e).getErrorCode())
        .isEqualTo(BudgetApprovalProcess.ERROR_FINANCE_EXPORT_FAILED);
    Mockito.verify(execution).setVariable(Mockito.eq("exportProblem"),
        Mockito.contains("cannot create the export folder"));
    assertThat(List.of(folder.toFile().list())).containsExactly("file");
  }
}
