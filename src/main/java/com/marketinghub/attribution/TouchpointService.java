package com.marketinghub.attribution;

import com.marketinghub.common.FieldErrors;
import com.marketinghub.common.NotFoundException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Touchpoints recorded through the API, the raw material of attribution. */
@Service
class TouchpointService {

  private final TouchpointRepository touchpoints;
  private final CampaignRepository campaigns;
  private final LeadDirectory leads;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  TouchpointService(TouchpointRepository touchpoints, CampaignRepository campaigns,
      LeadDirectory leads, ApplicationEventPublisher events, Clock clock) {
    this.events = events;
    this.touchpoints = touchpoints;
    this.campaigns = campaigns;
    this.leads = leads;
    this.clock = clock;
  }

  /**
   * Records that a campaign touched the lead; the checks and the insert share one transaction.
   *
   * @param occurredAt when it happened; null for now
   * @throws NotFoundException when there is no such lead
   * @throws com.marketinghub.common.InvalidFieldsException naming each wrong field
   */
  @Transactional
  TouchpointCreated add(long leadId, Long campaignId, String type, OffsetDateTime occurredAt) {
    if (!leads.exists(leadId)) {
      throw new NotFoundException("No lead with id " + leadId);
    }
    FieldErrors errors = new FieldErrors()
        .require("campaignId", campaignId)
        .require("type", type).maxLength("type", type, 50);
    if (campaignId != null && !campaigns.exists(campaignId)) {
      errors.reject("campaignId", "names no campaign: " + campaignId);
    }
    errors.throwIfAny("touchpoint");
    OffsetDateTime at = occurredAt == null ? OffsetDateTime.now(clock) : occurredAt;
    long id = touchpoints.insert(leadId, campaignId, type.trim(), at);
    events.publishEvent(new TouchpointsRecorded(Set.of(leadId)));
    return new TouchpointCreated(id, leadId, campaignId, type.trim(), at);
  }

  record TouchpointCreated(long id, long leadId, long campaignId, String type,
      OffsetDateTime occurredAt) {}
}
