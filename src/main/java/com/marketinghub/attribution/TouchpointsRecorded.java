package com.marketinghub.attribution;

import java.util.Set;

/**
 * New touchpoints were written for these leads (the API's one, or a chunk of a touchpoints
 * import), published in the writing transaction: whoever scores leads on engagement listens for
 * it once that transaction has committed (attribution does not know who).
 */
public record TouchpointsRecorded(Set<Long> leadIds) {

  public TouchpointsRecorded {
    leadIds = Set.copyOf(leadIds);
  }
}
