package com.marketinghub.lead.crm;

import com.marketinghub.lead.Lead;

/**
 * Hands an accepted lead to the CRM. A refusal (the CRM says the lead is invalid or a duplicate)
 * is an answer, {@link CrmResult.Refused}; a technical failure (unreachable, timeout, server
 * error) throws {@link CrmUnavailableException} so that the job is retried.
 */
public interface CrmClient {

  CrmResult send(Lead lead);
}
