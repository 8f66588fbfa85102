package com.marketinghub.budget;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * The figures of one budget line from its ledger sums, the one place that counts them (the
 * summary, the export, the over-budget check and the commitment under the line's lock all come
 * here). Entries are matched per campaign, or per request when a commitment has no campaign: a
 * group's open commitment is what it committed less what it released less its actuals, never
 * below 0; actuals beyond that are the campaign's over-commitment and, like actuals without a
 * campaign, count straight against the line.
 */
final class LedgerFigures {

  private LedgerFigures() {}

  /**
   * The ledger of a line summed per campaign, request and entry type.
   *
   * @param campaignId null when the entry belongs to no campaign
   * @param requestId null for actuals (Finance books them against campaigns, not requests)
   */
  record Sum(Long campaignId, Long requestId, LedgerEntryType type, long amount) {}

  /** Committed, released and actual of one campaign (or of one request without campaign). */
  private static final class Group {
    long committed;
    long released;
    long actual;
  }

  static BudgetLine line(String quarter, String channel, String currency, long allocated,
      List<Sum> sums, LongFunction<String> campaignNames) {
    Map<Long, Group> campaigns = new LinkedHashMap<>();
    Map<Long, Group> requests = new LinkedHashMap<>();
    long spent = 0;
    long released = 0;
    for (Sum sum : sums) {
      if (sum.type() == LedgerEntryType.SPENT) {
        spent += sum.amount();
      } else if (sum.type() == LedgerEntryType.RELEASED) {
        released += sum.amount();
      }
      Group group = sum.campaignId() != null
          ? campaigns.computeIfAbsent(sum.campaignId(), id -> new Group())
          : sum.requestId() != null ? requests.computeIfAbsent(sum.requestId(), id -> new Group())
          : null;
      if (group == null) {
        // An actual of no campaign: straight against the line.
        continue;
      }
      switch (sum.type()) {
        case COMMITTED -> group.committed += sum.amount();
        case RELEASED -> group.released += sum.amount();
        case SPENT -> group.actual += sum.amount();
      }
    }
    long open = 0;
    List<BudgetLine.OverCommitment> over = new ArrayList<>();
    for (Group group : requests.values()) {
      open += Math.max(0, group.committed - group.released - group.actual);
    }
    for (Map.Entry<Long, Group> entry : campaigns.entrySet()) {
      Group group = entry.getValue();
      long net = group.committed - group.released;
      open += Math.max(0, net - group.actual);
      if (group.actual > net) {
        over.add(new BudgetLine.OverCommitment(entry.getKey(),
            campaignNames.apply(entry.getKey()), net, group.actual));
      }
    }
    return new BudgetLine(quarter, channel, currency, allocated, open, spent, released, over);
  }

  /**
   * What a release of the request gives back: its group's open commitment (its campaign's, or
   * its own without a campaign), at most what the request committed and has not released.
   */
  static long open(List<Sum> sums, Long campaignId, long requestId) {
    long group = 0;
    long request = 0;
    for (Sum sum : sums) {
      long signed = sum.type() == LedgerEntryType.COMMITTED ? sum.amount() : -sum.amount();
      if (campaignId != null ? campaignId.equals(sum.campaignId())
          : sum.campaignId() == null && Long.valueOf(requestId).equals(sum.requestId())) {
        group += signed;
      }
      if (Long.valueOf(requestId).equals(sum.requestId())) {
        request += signed;
      }
    }
    return Math.max(0, Math.min(group, request));
  }
}
