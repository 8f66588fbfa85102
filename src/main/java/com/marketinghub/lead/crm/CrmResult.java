package com.marketinghub.lead.crm;

/** The CRM's answer to one lead. */
public sealed interface CrmResult {

  /** Taken; {@code crmId} is the CRM's reference for it. */
  record Accepted(String crmId) implements CrmResult {}

  /** Refused, with the CRM's own words. */
  record Refused(String message) implements CrmResult {}
}
