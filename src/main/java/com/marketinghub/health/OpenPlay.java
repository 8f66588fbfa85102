package com.marketinghub.health;

import java.time.OffsetDateTime;

/** An account's open retention play, as the health API shows it. */
record OpenPlay(long playId, String type, OffsetDateTime startedAt, String processInstanceId,
    String notes, java.time.LocalDate followUpOn) {}
