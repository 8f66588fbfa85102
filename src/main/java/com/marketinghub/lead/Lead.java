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
    String accountId,
    // how often engagement sent it from nurture through routing again, and when last
    int reentries,
    OffsetDateTime reenteredAt) {

  /** A lead that never left nurture again (as most code and tests make one). */
  public Lead(long id, String source, String externalId, String email, String firstName,
      String lastName, String company, String country, Integer companySize, String jobTitle,
      OffsetDateTime createdAt, LeadStatus status, Integer score, Integer fitScore,
      Integer engagementScore, Integer scoreCompanySize, Integer scoreCountry,
      Integer scoreSeniority, String team, String owner, OffsetDateTime slaDueAt,
      boolean slaBreached, String rejectReason, String rejectComment, String crmId,
      String crmError, String processInstanceId, LeadType type, String accountId) {
    this(id, source, externalId, email, firstName, lastName, company, country, companySize,
        jobTitle, createdAt, status, score, fitScore, engagementScore, scoreCompanySize,
        scoreCountry, scoreSeniority, team, owner, slaDueAt, slaBreached, rejectReason,
        rejectComment, crmId, crmError, processInstanceId, type, accountId, 0, null);
  }

  public String displayName() {
    String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName))
        .trim();
    return name.isEmpty() ? email : name;
  }
}
