package com.marketinghub.security;

import java.time.OffsetDateTime;

/** One row of {@code audit_log}: who did what to which record, and when. */
public record AuditEntry(
    long id, OffsetDateTime occurredAt, String actor, String action, String target, String details) {}
