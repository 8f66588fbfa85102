package com.marketinghub.attribution;

import java.time.OffsetDateTime;

/** One marketing interaction of a lead: a campaign, what kind of touch, when. */
public record Touchpoint(long id, long leadId, long campaignId, String campaignName, String type,
    OffsetDateTime occurredAt) {}
