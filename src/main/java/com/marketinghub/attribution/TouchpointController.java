package com.marketinghub.attribution;

import com.marketinghub.attribution.TouchpointService.TouchpointCreated;
import java.time.OffsetDateTime;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class TouchpointController {

  private final TouchpointService touchpoints;

  TouchpointController(TouchpointService touchpoints) {
    this.touchpoints = touchpoints;
  }

  @PostMapping("/api/leads/{leadId}/touchpoints")
  @ResponseStatus(HttpStatus.CREATED)
  TouchpointCreated add(@PathVariable long leadId, @RequestBody TouchpointRequest request) {
    return touchpoints.add(leadId, request.campaignId(), request.type(), request.occurredAt());
  }

  record TouchpointRequest(Long campaignId, String type, OffsetDateTime occurredAt) {}
}
