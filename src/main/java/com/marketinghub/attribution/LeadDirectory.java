package com.marketinghub.attribution;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The leads that attribution (touchpoints, credit) and budget (deals, campaign ROI) look up.
 * The lead table is Sales' lead package's, and lead may use attribution but not the other way
 * round: so attribution declares what it needs here and lead implements it, and neither
 * attribution nor budget reads the lead table.
 */
public interface LeadDirectory {

  boolean exists(long leadId);

  /**
   * The most recent lead with the e-mail address, given in lower case: the newest
   * {@code created_at}, the highest id among equals. What the deals import matches.
   */
  Optional<Long> newestWithEmail(String lowerCaseEmail);

  /**
   * The lead with the e-mail address, given in lower case, that has the highest id. What the
   * touchpoints import matches; it differs from {@link #newestWithEmail} only when ids and
   * creation times disagree.
   */
  Optional<Long> highestIdWithEmail(String lowerCaseEmail);

  /** "Jane Doe (ACME GmbH)", or the e-mail when the name is blank; empty for no such lead. */
  Optional<String> label(long leadId);

  /** The status (a {@code LeadStatus} name) of each of these leads that exists. */
  Map<Long, String> statuses(Collection<Long> leadIds);
}
