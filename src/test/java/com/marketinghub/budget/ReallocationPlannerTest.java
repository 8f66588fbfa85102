package com.marketinghub.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The hand-checked example of docs/budget.md, "Quarterly reallocation", replayed figure by
 * figure, and the planner's edges.
 */
class ReallocationPlannerTest {

  /** The rows of bpmn/budget-reallocation.dmn as deployed (checked by its own test). */
  private static final Map<String, ReallocationRules> RULES = Map.of(
      "brand", new ReallocationRules(true, BigDecimal.ZERO, 0, 0),
      "events", new ReallocationRules(false, BigDecimal.TEN, 5000_00, 2));
  private static final ReallocationRules OTHER =
      new ReallocationRules(false, BigDecimal.valueOf(20), 1000_00, 2);
  private static final Function<String, ReallocationRules> RULES_OF =
      channel -> RULES.getOrDefault(channel, OTHER);

  private static ChannelReturn channel(String name, long allocated, long spend, long revenue,
      int campaigns, String roi, String target, boolean below) {
    return new ChannelReturn(name, "EUR", allocated * 100, spend * 100, revenue * 100, campaigns,
        0, roi == null ? null : new BigDecimal(roi),
        target == null ? null : new BigDecimal(target), below, 0, 0);
  }

  @Test
  void shouldReplayTheExampleOfTheDocs() {
    List<ReallocationPlanner.Proposal> proposals = ReallocationPlanner.propose(List.of(
        channel("paid-search", 10_000, 8_000, 12_000, 3, "0.5000", "2", true),
        channel("events", 6_000, 5_000, 4_000, 2, "-0.2000", "1", true),
        channel("webinar", 5_000, 4_000, 16_000, 2, "3.0000", "1", false),
        channel("content", 10_000, 9_000, 27_000, 4, "2.0000", "1", false),
        channel("paid-social", 4_000, 3_000, 1_000, 1, "-0.6667", "2", true),
        channel("brand", 3_000, 2_500, 0, 2, "-1.0000", "1", true)), RULES_OF);

    assertThat(proposals).extracting(p -> p.evidence().channel(), ReallocationPlanner.Proposal::proposed)
        .containsExactly(
            // gives min(20% of 10,000 = 2,000, 10,000 - 1,000) = 2,000
            org.assertj.core.groups.Tuple.tuple("paid-search", 8_000_00L),
            // gives min(10% of 6,000 = 600, 6,000 - 5,000 = 1,000) = 600
            org.assertj.core.groups.Tuple.tuple("events", 5_400_00L),
            // 2,600 offered, room 1,000 + 2,000 = 3,000: all 2,600 move, 1,000 : 2,000;
            // 866.666.. and 1,733.333..: a cent each rounded down, the cent left over to the
            // larger remainder (webinar's .67 against content's .33)
            org.assertj.core.groups.Tuple.tuple("webinar", 5_866_67L),
            org.assertj.core.groups.Tuple.tuple("content", 11_733_33L),
            // one campaign, two needed
            org.assertj.core.groups.Tuple.tuple("paid-social", 4_000_00L),
            // exempt
            org.assertj.core.groups.Tuple.tuple("brand", 3_000_00L));
    assertThat(proposals.stream().mapToLong(ReallocationPlanner.Proposal::proposed).sum())
        .isEqualTo(38_000_00L);
    assertThat(proposals).extracting(ReallocationPlanner.Proposal::reason).containsExactly(
        "ROI 0.50 below its target 2.00 over 3 campaigns: gives 2000.00 (at most 20% of its "
            + "allocation, never below 1000.00)",
        "ROI -0.20 below its target 1.00 over 2 campaigns: gives 600.00 (at most 10% of its "
            + "allocation, never below 5000.00)",
        "ROI 3.00 at or above its target 1.00 over 2 campaigns: receives 866.67 (at most 20% "
            + "more)",
        "ROI 2.00 at or above its target 1.00 over 4 campaigns: receives 1733.33 (at most 20% "
            + "more)",
        "1 campaign behind its return, 2 needed: unchanged",
        "Exempt from reallocation (decision budget-reallocation): unchanged");
  }

  @Test
  void shouldLetGiversGiveInProportionToTheirOffersWhenRoomIsShort() {
    // The docs' example with webinar's room alone: 1,000 of 2,600 offered move, 2,000 : 600,
    // 769.2307.. and 230.7692..: the cent left over goes to events (.92 against .07)
    List<ReallocationPlanner.Proposal> proposals = ReallocationPlanner.propose(List.of(
        channel("paid-search", 10_000, 8_000, 12_000, 3, "0.5", "2", true),
        channel("events", 6_000, 5_000, 4_000, 2, "-0.2", "1", true),
        channel("webinar", 5_000, 4_000, 16_000, 2, "3", "1", false)), RULES_OF);

    assertThat(proposals).extracting(ReallocationPlanner.Proposal::proposed)
        .containsExactly(10_000_00L - 769_23L, 6_000_00L - 230_77L, 6_000_00L);
  }

  @Test
  void shouldMoveOnlyWhatTheChannelsAboveTargetCanTake() {
    // 2,000 + 2,000 offered, room 1,000: each giver gives half of its offer
    List<ReallocationPlanner.Proposal> proposals = ReallocationPlanner.propose(List.of(
        channel("paid-search", 10_000, 8_000, 12_000, 3, "0.5", "2", true),
        channel("display", 10_000, 8_000, 4_000, 3, "-0.5", "1", true),
        channel("webinar", 5_000, 4_000, 16_000, 2, "3", "1", false)), RULES_OF);

    assertThat(proposals).extracting(ReallocationPlanner.Proposal::proposed)
        .containsExactly(9_500_00L, 9_500_00L, 6_000_00L);
  }

  @Test
  void shouldKeepEveryAllocationWhenNoChannelIsAboveItsTarget() {
    List<ReallocationPlanner.Proposal> proposals = ReallocationPlanner.propose(List.of(
        channel("paid-search", 10_000, 8_000, 12_000, 3, "0.5", "2", true),
        channel("webinar", 5_000, 0, 0, 0, null, null, false)), RULES_OF);

    assertThat(proposals).extracting(ReallocationPlanner.Proposal::proposed)
        .containsExactly(10_000_00L, 5_000_00L);
    assertThat(proposals.get(0).reason()).endsWith(
        ": no channel at or above its target can take more, unchanged");
    assertThat(proposals.get(1).reason()).isEqualTo("0 campaigns behind its return, 2 needed: "
        + "unchanged");
  }

  @Test
  void shouldNeverTakeAGiverBelowItsMinimumAllocation() {
    // events: 10% of 5,200 = 520, but only 200 above its floor of 5,000
    List<ReallocationPlanner.Proposal> proposals = ReallocationPlanner.propose(List.of(
        channel("events", 5_200, 5_000, 1_000, 2, "-0.8", "1", true),
        channel("webinar", 5_000, 4_000, 16_000, 2, "3", "1", false)), RULES_OF);

    assertThat(proposals).extracting(ReallocationPlanner.Proposal::proposed)
        .containsExactly(5_000_00L, 5_200_00L);
  }

  @Test
  void shouldMoveMoneyOnlyWithinOneCurrency() {
    ChannelReturn usd = new ChannelReturn("webinar", "USD", 5_000_00, 4_000_00, 16_000_00, 2, 0,
        new BigDecimal("3"), BigDecimal.ONE, false, 0, 0);
    List<ReallocationPlanner.Proposal> proposals = ReallocationPlanner.propose(List.of(
        channel("paid-search", 10_000, 8_000, 12_000, 3, "0.5", "2", true), usd), RULES_OF);

    assertThat(proposals).extracting(ReallocationPlanner.Proposal::proposed)
        .containsExactly(10_000_00L, 5_000_00L);
  }

  @Test
  void shouldSplitCentsByTheLargestRemainder() {
    assertThat(ReallocationPlanner.split(100, List.of(1L, 1L, 1L))).containsExactly(34L, 33L, 33L);
    assertThat(ReallocationPlanner.split(0, List.of(5L, 5L))).containsExactly(0L, 0L);
    assertThat(ReallocationPlanner.split(10, List.of(10L, 0L))).containsExactly(10L, 0L);
  }
}
