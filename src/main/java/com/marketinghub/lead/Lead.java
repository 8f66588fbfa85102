package com.marketinghub.lead;

import java.math.BigDecimal;
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
    // the CRM id of the lead's account (an expansion lead's, or the one it was matched to)
    String accountId,
    // how often engagement sent it from nurture through routing again, and when last
    int reentries,
    OffsetDateTime reenteredAt,
    // how the account was found (AccountMatch.Rule) and how surely (0 to 1); null before
    String accountMatchRule,
    BigDecimal accountMatchConfidence) {

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
        rejectComment, crmId, crmError, processInstanceId, type, accountId, 0, null, null,
        null);
  }

  public String displayName() {
    String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName))
        .trim();
    return name.isEmpty() ? email : name;
  }
}
