package com.marketinghub.attribution;

import com.marketinghub.common.ConflictException;
import com.marketinghub.common.FieldErrors;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Campaigns created through the API; their names are unique, as leads and budgets name them. */
@Service
class CampaignService {

  private final CampaignRepository campaigns;
  private final Clock clock;

  CampaignService(CampaignRepository campaigns, Clock clock) {
    this.campaigns = campaigns;
    this.clock = clock;
  }

  /**
   * Checks and stores a new campaign; the look-up of the name and the insert share one
   * transaction.
   *
   * @throws com.marketinghub.common.InvalidFieldsException naming each wrong field
   * @throws ConflictException when a campaign of that name exists
   */
  @Transactional
  Campaign create(String name, String channel, LocalDate startDate, LocalDate endDate) {
    FieldErrors errors = new FieldErrors()
        .require("name", name).maxLength("name", name, 200)
        .require("channel", channel).maxLength("channel", channel, 50);
    if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
      errors.reject("endDate", "must not be before startDate");
    }
    errors.throwIfAny("campaign");
    String trimmedName = name.trim();
    campaigns.findByName(trimmedName).ifPresent(existing -> {
      throw new ConflictException(
          "A campaign named '" + trimmedName + "' exists: id " + existing.id());
    });
    long id = campaigns.insert(trimmedName, channel.trim(), startDate, endDate,
        OffsetDateTime.now(clock));
    return new Campaign(id, trimmedName, channel.trim(), startDate, endDate);
  }
}
