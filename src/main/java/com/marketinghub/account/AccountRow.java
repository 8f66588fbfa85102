package com.marketinghub.account;

import java.time.LocalDate;

/** An account as the accounts import reads and compares it (amounts in minor units). */
record AccountRow(String accountId, String name, String plan, int seatsPurchased,
    long annualValue, String currency, LocalDate renewalDate, String csm, boolean churned,
    String country, Integer employees, String contactEmail) {}
