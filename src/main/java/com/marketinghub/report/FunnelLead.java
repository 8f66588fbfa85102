package com.marketinghub.report;

import java.time.OffsetDateTime;

/**
 * A lead received in the week, with what the funnel needs of it.
 *
 * @param status a {@code LeadStatus} name
 * @param firstCampaign the name of the campaign of its first touchpoint; null without any
 */
record FunnelLead(String source, String status, String rejectReason, boolean slaBreached,
    OffsetDateTime createdAt, OffsetDateTime reviewedAt, String firstCampaign) {}
