package com.marketinghub.attribution;

import com.marketinghub.security.Groups;
import com.marketinghub.security.RequiresGroup;
import com.marketinghub.web.FieldErrors;
import com.marketinghub.web.NotFoundException;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequiresGroup({Groups.MARKETING, Groups.MARKETING_OPS})
class TouchpointController {

  private final TouchpointRepository touchpoints;
  private final CampaignRepository campaigns;
  private final Clock clock;

  TouchpointController(TouchpointRepository touchpoints, CampaignRepository campaigns,
      Clock clock) {
    this.touchpoints = touchpoints;
    this.campaigns = campaigns;
    this.clock = clock;
  }

  @PostMapping("/api/leads/{leadId}/touchpoints")
  @ResponseStatus(HttpStatus.CREATED)
  @Transactional
  TouchpointCreated add(@PathVariable long leadId, @RequestBody TouchpointRequest request) {
    if (!touchpoints.leadExists(leadId)) {
      throw new NotFoundException("No lead with id " + leadId);
    }
    FieldErrors errors = new FieldErrors()
        .require("campaignId", request.campaignId())
        .require("type", request.type()).maxLength("type", request.type(), 50);
    if (request.campaignId() != null && !campaigns.exists(request.campaignId())) {
      errors.reject("campaignId", "names no campaign: " + request.campaignId());
    }
    errors.throwIfAny("touchpoint");
    OffsetDateTime at = request.occurredAt() == null
        ? OffsetDateTime.now(clock) : request.occurredAt();
    long id = touchpoints.insert(leadId, request.campaignId(), request.type().trim(), at);
    return new TouchpointCreated(id, leadId, request.campaignId(), request.type().trim(), at);
  }

  record TouchpointRequest(Long campaignId, String type, OffsetDateTime occurredAt) {}

  record TouchpointCreated(long id, long leadId, long campaignId, String type,
      OffsetDateTime occurredAt) {}
}
