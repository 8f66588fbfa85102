package com.marketinghub.attribution;

import java.time.LocalDate;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class CampaignController {

  private final CampaignService campaigns;

  CampaignController(CampaignService campaigns) {
    this.campaigns = campaigns;
  }

  @PostMapping("/api/campaigns")
  @ResponseStatus(HttpStatus.CREATED)
  Campaign create(@RequestBody CampaignRequest request) {
    return campaigns.create(request.name(), request.channel(), request.startDate(),
        request.endDate());
  }

  record CampaignRequest(String name, String channel, LocalDate startDate, LocalDate endDate) {}
}
