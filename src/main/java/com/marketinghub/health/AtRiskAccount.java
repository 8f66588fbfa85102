package com.marketinghub.health;

import java.time.LocalDate;

/** An account whose latest score is AT_RISK, with its open play if it has one. */
record AtRiskAccount(String accountId, String name, String csm, LocalDate renewalDate,
    LocalDate scoreDay, int score, OpenPlay openPlay) {}
