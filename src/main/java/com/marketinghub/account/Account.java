package com.marketinghub.account;

import java.time.LocalDate;

/** One row of the account table; {@code accountId} is the CRM's id, the one users know. */
public record Account(long id, String accountId, String name, String plan, int seatsPurchased,
    long annualValueMinor, String currency, LocalDate renewalDate, String csm, boolean churned,
    String country, Integer employees, String contactEmail) {}
