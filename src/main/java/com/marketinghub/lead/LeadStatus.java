package com.marketinghub.lead;

/** Where a lead stands; stored as text in lead.status. */
public enum LeadStatus {
  NEW, NURTURE, DISQUALIFIED, MQL, ACCEPTED, REJECTED, RECYCLED, SYNCED
}
