package com.marketinghub.account;

import java.time.LocalDate;

/** One account's signals of one day (account_signal). */
public record DailySignal(LocalDate day, int activeUsers, int seatsUsed, int logins,
    int ticketsOpened, int criticalTickets, Integer nps, int usageEvents) {}
