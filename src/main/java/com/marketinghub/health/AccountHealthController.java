package com.marketinghub.health;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Health and at-risk accounts out; {id} is the CRM's account id. */
@RestController
class AccountHealthController {

  private final AccountHealthService health;

  AccountHealthController(AccountHealthService health) {
    this.health = health;
  }

  /** The latest {@code days} scores (default 30) with their components, newest first. */
  @GetMapping("/api/accounts/{id}/health")
  AccountHealthService.AccountHealth health(@PathVariable String id,
      @RequestParam(defaultValue = "30") int days) {
    return health.health(id, days);
  }

  /** Accounts whose latest score is AT_RISK (not churned), lowest score first. */
  @GetMapping("/api/accounts/at-risk")
  List<AtRiskAccount> atRisk() {
    return health.atRisk();
  }
}
