package com.marketinghub.report;

import com.marketinghub.attribution.TouchpointRepository;
import com.marketinghub.lead.LeadReadRepository;
import com.marketinghub.lead.ReceivedLead;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The funnel's leads, read from their owners (the report's declared ties, docs/architecture.md):
 * the week's leads from lead, then the first campaign of all of them at once from attribution.
 */
@Component
class FunnelLeads {

  private final LeadReadRepository leads;
  private final TouchpointRepository touchpoints;

  FunnelLeads(LeadReadRepository leads, TouchpointRepository touchpoints) {
    this.leads = leads;
    this.touchpoints = touchpoints;
  }

  /** The leads received in [from, to). */
  List<FunnelLead> receivedBetween(OffsetDateTime from, OffsetDateTime to) {
    List<ReceivedLead> received = leads.receivedBetween(from, to);
    Map<Long, String> firstCampaigns =
        touchpoints.firstCampaignNames(received.stream().map(ReceivedLead::id).toList());
    return received.stream().map(lead -> new FunnelLead(lead.source(), lead.status().name(),
        lead.rejectReason(), lead.slaBreached(), lead.createdAt(), lead.reviewedAt(),
        firstCampaigns.get(lead.id()))).toList();
  }
}
