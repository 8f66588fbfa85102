package com.marketinghub.launch;

/**
 * What the product manager does about adoption below target: a campaign that teaches the
 * feature (its budget through budget-approval), retention plays for the accounts at risk that
 * did not adopt, or accept. NONE: the target was met.
 */
public enum FollowUp {
  ENABLEMENT_CAMPAIGN, RETENTION_RISK, ACCEPT, NONE
}
