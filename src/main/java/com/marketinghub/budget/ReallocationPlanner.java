package com.marketinghub.budget;

import com.marketinghub.common.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The next quarter's allocations proposed from the closed quarter's returns (docs/budget.md,
 * "Quarterly reallocation"), per currency, without the engine or the database:
 * <ol>
 *   <li>a channel that is exempt, has fewer campaigns behind its return than its minimum
 *       evidence, or spent nothing keeps its allocation;</li>
 *   <li>a channel below its ROI target offers its maximum shift (a percentage of its allocation,
 *       rounded down to the cent), never going below its minimum allocation;</li>
 *   <li>a channel at or above its target can take up to its maximum shift more;</li>
 *   <li>what moves is the smaller of what is offered and what can be taken; givers give and
 *       takers take it in proportion to their offer and their room, cents by the largest
 *       remainder. The total of a currency's allocations never changes.</li>
 * </ol>
 */
final class ReallocationPlanner {

  private ReallocationPlanner() {}

  /** A channel's proposed allocation, with the reason in words Finance reads. */
  record Proposal(ChannelReturn evidence, long proposed, String reason) {}


  /** One proposal per channel, in the order given. */
  static List<Proposal> propose(List<ChannelReturn> channels,
      Function<String, ReallocationRules> rulesOf) {
    Map<String, Proposal> byChannel = new LinkedHashMap<>();
    channels.forEach(channel -> byChannel.put(channel.channel(), null));
    channels.stream().collect(Collectors.groupingBy(ChannelReturn::currency,
            LinkedHashMap::new, Collectors.toList()))
        .values().forEach(sameCurrency -> proposeWithin(sameCurrency, rulesOf)
            .forEach(proposal -> byChannel.put(proposal.evidence().channel(), proposal)));
    return new ArrayList<>(byChannel.values());
  }

  private static List<Proposal> proposeWithin(List<ChannelReturn> channels,
      Function<String, ReallocationRules> rulesOf) {
    List<ChannelReturn> givers = new ArrayList<>();
    List<Long> offers = new ArrayList<>();
    List<ChannelReturn> takers = new ArrayList<>();
    List<Long> rooms = new ArrayList<>();
    Map<String, String> keepReasons = new LinkedHashMap<>();
    Map<String, ReallocationRules> rules = new LinkedHashMap<>();
    for (ChannelReturn channel : channels) {
      ReallocationRules rule = rulesOf.apply(channel.channel());
      rules.put(channel.channel(), rule);
      String keep = keepReason(channel, rule);
      if (keep != null) {
        keepReasons.put(channel.channel(), keep);
      } else if (channel.belowTarget()) {
        givers.add(channel);
        offers.add(Math.min(share(channel.allocated(), rule.maxShiftPercent()),
            Math.max(0, channel.allocated() - rule.minAllocation())));
      } else {
        takers.add(channel);
        rooms.add(share(channel.allocated(), rule.maxShiftPercent()));
      }
    }
    long offered = offers.stream().mapToLong(Long::longValue).sum();
    long room = rooms.stream().mapToLong(Long::longValue).sum();
    long moved = Math.min(offered, room);
    List<Long> given = split(moved, offers);
    List<Long> taken = split(moved, rooms);
    List<Proposal> proposals = new ArrayList<>();
    for (ChannelReturn channel : channels) {
      String name = channel.channel();
      ReallocationRules rule = rules.get(name);
      if (keepReasons.containsKey(name)) {
        proposals.add(new Proposal(channel, channel.allocated(), keepReasons.get(name)));
      } else if (givers.contains(channel)) {
        long gives = given.get(givers.indexOf(channel));
        proposals.add(new Proposal(channel, channel.allocated() - gives,
            performance(channel, "below") + (gives > 0
                ? ": gives " + Money.format(gives) + " (at most " + percent(rule)
                    + "% of its allocation, never below " + Money.format(rule.minAllocation())
                    + ")"
                : room == 0 ? ": no channel at or above its target can take more, unchanged"
                    : ": already at its minimum allocation of "
                        + Money.format(rule.minAllocation()) + ", unchanged")));
      } else {
        long takes = taken.get(takers.indexOf(channel));
        proposals.add(new Proposal(channel, channel.allocated() + takes,
            performance(channel, "at or above") + (takes > 0
                ? ": receives " + Money.format(takes) + " (at most " + percent(rule)
                    + "% more)"
                : offered == 0 ? ": no channel below its target gives anything, unchanged"
                    : ": no room (at most " + percent(rule) + "% more), unchanged")));
      }
    }
    return proposals;
  }


  /** Why a channel keeps its allocation whatever the others did; null when it takes part. */
  private static String keepReason(ChannelReturn channel, ReallocationRules rule) {
    if (rule.exempt()) {
      return "Exempt from reallocation (decision budget-reallocation): unchanged";
    }
    if (channel.campaigns() < rule.minCampaigns()) {
      return campaigns(channel.campaigns()) + " behind its return, " + rule.minCampaigns()
          + " needed: unchanged";
    }
    if (channel.roi() == null) {
      return "Nothing spent, no return to judge: unchanged";
    }
    return null;
  }

  private static String performance(ChannelReturn channel, String where) {
    return "ROI " + channel.roi().setScale(2, RoundingMode.HALF_EVEN).toPlainString() + " "
        + where + " its target " + channel.targetRoi().setScale(2, RoundingMode.HALF_EVEN)
            .toPlainString()
        + " over " + campaigns(channel.campaigns());
  }

  private static String campaigns(int count) {
    return count + (count == 1 ? " campaign" : " campaigns");
  }

  private static String percent(ReallocationRules rule) {
    return rule.maxShiftPercent().stripTrailingZeros().toPlainString();
  }

  /** percent of an amount, rounded down to the cent. */
  private static long share(long amount, BigDecimal percent) {
    return BigDecimal.valueOf(amount).multiply(percent)
        .divide(BigDecimal.valueOf(100), 0, RoundingMode.DOWN).longValueExact();
  }

  /**
   * {@code total} split in proportion to the weights, each part at most its weight: rounded down,
   * the cents left over go one each to the largest remainders (the first on a tie).
   */
  static List<Long> split(long total, List<Long> weights) {
    long sum = weights.stream().mapToLong(Long::longValue).sum();
    List<Long> parts = new ArrayList<>();
    if (sum == 0 || total == 0) {
      weights.forEach(weight -> parts.add(0L));
      return parts;
    }
    List<BigDecimal> remainders = new ArrayList<>();
    long given = 0;
    for (long weight : weights) {
      BigDecimal[] division = BigDecimal.valueOf(total).multiply(BigDecimal.valueOf(weight))
          .divideAndRemainder(BigDecimal.valueOf(sum));
      parts.add(division[0].longValueExact());
      remainders.add(division[1]);
      given += division[0].longValueExact();
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < weights.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparing((Integer i) -> remainders.get(i)).reversed()
        .thenComparing(i -> i));
    for (int i = 0; given < total; i++) {
      int index = order.get(i % order.size());
      parts.set(index, parts.get(index) + 1);
      given++;
    }
    return parts;
  }
}
