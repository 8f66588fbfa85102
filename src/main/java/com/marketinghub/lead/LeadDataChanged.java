package com.marketinghub.lead;

import java.util.Set;

/**
 * These leads' own data changed (a re-posted lead, an import's newer values): published in the
 * writing transaction; {@link LeadEngagement} scores them again once it has committed.
 */
record LeadDataChanged(Set<Long> leadIds) {

  LeadDataChanged {
    leadIds = Set.copyOf(leadIds);
  }
}
