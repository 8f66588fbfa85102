package com.marketinghub.account;

import java.time.LocalDate;
import java.util.List;

/** An account as the accounts import reads and compares it (amounts in minor units). */
record AccountRow(String accountId, String name, String plan, int seatsPurchased,
    long annualValue, String currency, LocalDate renewalDate, String csm, boolean churned,
    String country, Integer employees, String contactEmail, List<String> domains,
    String ownerTeam) {

  AccountRow {
    domains = domains == null ? List.of() : domains.stream().sorted().distinct().toList();
  }
}
