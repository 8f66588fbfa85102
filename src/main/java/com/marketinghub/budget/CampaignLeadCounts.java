package com.marketinghub.budget;

import com.marketinghub.attribution.LeadDirectory;
import com.marketinghub.attribution.TouchpointRepository;
import java.util.Collection;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The leads a campaign touched, by how far they got: the touched leads are attribution's, their
 * statuses Sales' (through attribution's {@link LeadDirectory}).
 */
@Component
class CampaignLeadCounts {

  private final TouchpointRepository touchpoints;
  private final LeadDirectory leads;

  CampaignLeadCounts(TouchpointRepository touchpoints, LeadDirectory leads) {
    this.touchpoints = touchpoints;
    this.leads = leads;
  }

  /** Distinct leads with a touchpoint of a campaign: all, those that reached MQL, accepted. */
  record LeadCounts(long leads, long mqls, long accepted) {}

  /** {@code mql} and {@code accepted} list the statuses that count as such. */
  LeadCounts of(long campaignId, Collection<String> mql, Collection<String> accepted) {
    Map<Long, String> statuses = leads.statuses(touchpoints.leadsTouchedBy(campaignId));
    return new LeadCounts(statuses.size(),
        statuses.values().stream().filter(mql::contains).count(),
        statuses.values().stream().filter(accepted::contains).count());
  }
}
