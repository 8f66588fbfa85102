package com.marketinghub.lead;

import java.time.OffsetDateTime;

/**
 * A lead as the weekly funnel counts it: where it came from and what became of it.
 *
 * @param reviewedAt when the rep decided (accepted, rejected, recycled); null before
 */
public record ReceivedLead(long id, String source, LeadStatus status, String rejectReason,
    boolean slaBreached, OffsetDateTime createdAt, OffsetDateTime reviewedAt) {}
