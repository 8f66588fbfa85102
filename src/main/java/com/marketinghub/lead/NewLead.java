package com.marketinghub.lead;

import java.util.Locale;

/** A lead as another system hands it over (API body, later a CSV row). */
public record NewLead(
    String source,
    String externalId,
    String email,
    String firstName,
    String lastName,
    String company,
    String country,
    Integer companySize,
    String jobTitle) {

  /**
   * Source + external id when there is an external id, else the lower-cased e-mail: the same
   * person handed over twice maps to one lead.
   */
  public String naturalKey() {
    if (externalId != null && !externalId.isBlank()) {
      return "ext:" + source.trim().toLowerCase(Locale.ROOT) + ":" + externalId.trim();
    }
    return "email:" + email.trim().toLowerCase(Locale.ROOT);
  }
}
