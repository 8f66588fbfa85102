package com.marketinghub.lead;

import com.marketinghub.attribution.LeadDirectory;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The lead table behind attribution's {@link LeadDirectory}: attribution and budget look leads
 * up through it, since lead may use attribution but neither of them may use lead.
 */
@Component
class LeadDirectoryAdapter implements LeadDirectory {

  private final LeadReadRepository leads;

  LeadDirectoryAdapter(LeadReadRepository leads) {
    this.leads = leads;
  }

  @Override
  public boolean exists(long leadId) {
    return leads.exists(leadId);
  }

  @Override
  public Optional<Long> newestWithEmail(String lowerCaseEmail) {
    return leads.newestWithEmail(lowerCaseEmail);
  }

  @Override
  public Optional<Long> highestIdWithEmail(String lowerCaseEmail) {
    return leads.highestIdWithEmail(lowerCaseEmail);
  }

  @Override
  public Optional<String> label(long leadId) {
    return leads.label(leadId);
  }

  @Override
  public Map<Long, String> statuses(Collection<Long> leadIds) {
    return leads.statuses(leadIds);
  }
}
