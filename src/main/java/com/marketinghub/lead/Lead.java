package com.marketinghub.lead;

import java.time.OffsetDateTime;

/** One row of the lead table. */
public record Lead(
    long id,
    String source,
    String externalId,
    String email,
    String firstName,
    String lastName,
    String company,
    String country,
    Integer companySize,
    String jobTitle,
    OffsetDateTime createdAt,
    LeadStatus status,
    Integer score,
    Integer fitScore,
    Integer engagementScore,
    Integer scoreCompanySize,
    Integer scoreCountry,
    Integer scoreSeniority,
    String team,
    String owner,
    OffsetDateTime slaDueAt,
    boolean slaBreached,
    String rejectReason,
    String rejectComment,
    String crmId,
    String crmError,
    String processInstanceId,
    LeadType type,
    // the CRM id of an expansion lead's account, else null
    String accountId) {

  public String displayName() {
    String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName))
        .trim();
    return name.isEmpty() ? email : name;
  }
}
