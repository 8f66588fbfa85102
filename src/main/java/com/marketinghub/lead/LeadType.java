package com.marketinghub.lead;

/**
 * Where a lead comes from: marketing (NEW) or Customer Success, an account that outgrows its
 * plan (EXPANSION); the routing decision reads it.
 */
public enum LeadType {
  NEW, EXPANSION
}
