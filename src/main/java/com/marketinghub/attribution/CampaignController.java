package com.marketinghub.attribution;

import com.marketinghub.security.Groups;
import com.marketinghub.security.RequiresGroup;
import com.marketinghub.web.ConflictException;
import com.marketinghub.web.FieldErrors;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequiresGroup({Groups.MARKETING, Groups.MARKETING_OPS})
class CampaignController {

  private final CampaignRepository campaigns;
  private final Clock clock;

  CampaignController(CampaignRepository campaigns, Clock clock) {
    this.campaigns = campaigns;
    this.clock = clock;
  }

  @PostMapping("/api/campaigns")
  @ResponseStatus(HttpStatus.CREATED)
  @Transactional
  Campaign create(@RequestBody CampaignRequest request) {
    FieldErrors errors = new FieldErrors()
        .require("name", request.name()).maxLength("name", request.name(), 200)
        .require("channel", request.channel()).maxLength("channel", request.channel(), 50);
    if (request.startDate() != null && request.endDate() != null
        && request.endDate().isBefore(request.startDate())) {
      errors.reject("endDate", "must not be before startDate");
    }
    errors.throwIfAny("campaign");
    String name = request.name().trim();
    campaigns.findByName(name).ifPresent(existing -> {
      throw new ConflictException("A campaign named '" + name + "' exists: id " + existing.id());
    });
    long id = campaigns.insert(name, request.channel().trim(), request.startDate(),
        request.endDate(), OffsetDateTime.now(clock));
    return new Campaign(id, name, request.channel().trim(), request.startDate(), request.endDate());
  }

  record CampaignRequest(String name, String channel, LocalDate startDate, LocalDate endDate) {}
}
