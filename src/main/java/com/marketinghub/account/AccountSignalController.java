package com.marketinghub.account;

import com.marketinghub.sync.RowOutcome;
import java.time.LocalDate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Account signals in; {id} is the CRM's account id. */
@RestController
class AccountSignalController {

  private final AccountSignalService signals;

  AccountSignalController(AccountSignalService signals) {
    this.signals = signals;
  }

  /** One day's signals of the account: 201 when new, 200 when replaced or the same. */
  @PostMapping("/api/accounts/{id}/signals")
  ResponseEntity<SignalSaved> addSignals(@PathVariable String id,
      @RequestBody AccountSignalService.SignalInput request) {
    RowOutcome outcome = signals.save(id, request);
    return ResponseEntity.status(outcome == RowOutcome.CREATED ? HttpStatus.CREATED : HttpStatus.OK)
        .body(new SignalSaved(id, request.day(), outcome));
  }

  record SignalSaved(String accountId, LocalDate day, RowOutcome outcome) {}
}
