package com.marketinghub.budget;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** budget_plan and budget_ledger. */
@Repository
class BudgetRepository {

  private final JdbcClient jdbc;
  private final TransactionTemplate savepoint;

  BudgetRepository(JdbcClient jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.savepoint = new TransactionTemplate(transactions);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  record Plan(String quarter, String channel, long allocated, String currency) {}

  Optional<Plan> findPlan(String quarter, String channel) {
    return jdbc.sql("""
            select quarter, channel, allocated_minor, currency from budget_plan
            where quarter = :quarter and channel = :channel""")
        .param("quarter", quarter).param("channel", channel)
        .query((rs, n) -> new Plan(rs.getString(1), rs.getString(2), rs.getLong(3),
            rs.getString(4)))
        .optional();
  }

  List<Plan> plans(String quarter) {
    return jdbc.sql("""
            select quarter, channel, allocated_minor, currency from budget_plan
            where quarter = :quarter order by channel""")
        .param("quarter", quarter)
        .query((rs, n) -> new Plan(rs.getString(1), rs.getString(2), rs.getLong(3),
            rs.getString(4)))
        .list();
  }

  /** Creates or replaces the plan's allocation. */
  void savePlan(Plan plan, String by, OffsetDateTime now) {
    int updated = jdbc.sql("""
            update budget_plan set allocated_minor = :allocated, currency = :currency,
                updated_by = :by, updated_at = :now
            where quarter = :quarter and channel = :channel""")
        .param("allocated", plan.allocated()).param("currency", plan.currency())
        .param("by", by).param("now", now)
        .param("quarter", plan.quarter()).param("channel", plan.channel()).update();
    if (updated == 0) {
      insertPlan(plan, by, now);
    }
  }

  /**
   * Locks the plan row of the quarter and channel until the transaction ends, creating it with
   * nothing allocated when there is none: every check-and-commit on the same budget line runs
   * one after the other.
   */
  Plan lockPlan(String quarter, String channel, String currency, String by, OffsetDateTime now) {
    if (findPlan(quarter, channel).isEmpty()) {
      try {
        savepoint.executeWithoutResult(status ->
            insertPlan(new Plan(quarter, channel, 0, currency), by, now));
      } catch (DuplicateKeyException createdMeanwhile) {
        // another transaction created it first: lock theirs
      }
    }
    return jdbc.sql("""
            select quarter, channel, allocated_minor, currency from budget_plan
            where quarter = :quarter and channel = :channel for update""")
        .param("quarter", quarter).param("channel", channel)
        .query((rs, n) -> new Plan(rs.getString(1), rs.getString(2), rs.getLong(3),
            rs.getString(4)))
        .single();
  }

  private void insertPlan(Plan plan, String by, OffsetDateTime now) {
    jdbc.sql("""
            insert into budget_plan (quarter, channel, allocated_minor, currency, updated_by,
                updated_at)
            values (:quarter, :channel, :allocated, :currency, :by, :now)""")
        .param("quarter", plan.quarter()).param("channel", plan.channel())
        .param("allocated", plan.allocated()).param("currency", plan.currency())
        .param("by", by).param("now", now).update();
  }

  /** The budget line's ledger summed per campaign, request and entry type. */
  List<LedgerFigures.Sum> sums(String quarter, String channel) {
    return jdbc.sql("""
            select campaign_id, request_id, entry_type, sum(amount_minor) from budget_ledger
            where quarter = :quarter and channel = :channel
            group by campaign_id, request_id, entry_type""")
        .param("quarter", quarter).param("channel", channel)
        .query((rs, n) -> new LedgerFigures.Sum((Long) rs.getObject(1, Long.class),
            (Long) rs.getObject(2, Long.class), LedgerEntryType.valueOf(rs.getString(3)),
            rs.getLong(4)))
        .list();
  }

  /** Quarters with a plan or a ledger entry, in order. */
  List<String> quarters() {
    return jdbc.sql("""
        select quarter from budget_plan union select quarter from budget_ledger
        order by 1""").query(String.class).list();
  }

  /** Channels with a plan or a ledger entry in the quarter. */
  List<String> channels(String quarter) {
    return new ArrayList<>(jdbc.sql("""
            select channel from budget_plan where quarter = :quarter
            union select channel from budget_ledger where quarter = :quarter
            order by 1""")
        .param("quarter", quarter).query(String.class).list());
  }

  record Spent(long id, String quarter, String channel, long amount, String currency,
      Long campaignId) {}

  Optional<Spent> findSpent(String reference) {
    return jdbc.sql("""
            select id, quarter, channel, amount_minor, currency, campaign_id from budget_ledger
            where entry_type = 'SPENT' and external_ref = :ref""")
        .param("ref", reference)
        .query((rs, n) -> new Spent(rs.getLong(1), rs.getString(2), rs.getString(3),
            rs.getLong(4), rs.getString(5), (Long) rs.getObject(6, Long.class)))
        .optional();
  }

  /** Finance corrected an actual: its figure replaces the one imported before. */
  void updateSpent(long id, Spent spent, String by, OffsetDateTime now) {
    jdbc.sql("""
            update budget_ledger set quarter = :quarter, channel = :channel,
                amount_minor = :amount, currency = :currency, campaign_id = :campaign,
                booked_at = :now, booked_by = :by
            where id = :id""")
        .param("campaign", spent.campaignId())
        .param("quarter", spent.quarter()).param("channel", spent.channel())
        .param("amount", spent.amount()).param("currency", spent.currency())
        .param("now", now).param("by", by).param("id", id).update();
  }

  /** Whether the request's commitment is booked already (a retried commitment books nothing). */
  boolean hasCommitment(long requestId) {
    return jdbc.sql("""
            select count(*) from budget_ledger where request_id = :request
                and entry_type = 'COMMITTED'""")
        .param("request", requestId).query(Long.class).single() > 0;
  }

  void book(String quarter, String channel, LedgerEntryType type, long amount, String currency,
      Long requestId, String externalRef, String by, OffsetDateTime now) {
    book(quarter, channel, type, amount, currency, requestId, null, externalRef, by, now);
  }

  void book(String quarter, String channel, LedgerEntryType type, long amount, String currency,
      Long requestId, Long campaignId, String externalRef, String by, OffsetDateTime now) {
    jdbc.sql("""
            insert into budget_ledger (quarter, channel, entry_type, amount_minor, currency,
                request_id, campaign_id, external_ref, booked_at, booked_by)
            values (:quarter, :channel, :type, :amount, :currency, :request, :campaign, :ref,
                :now, :by)""")
        .param("quarter", quarter).param("channel", channel).param("type", type.name())
        .param("amount", amount).param("currency", currency).param("request", requestId)
        .param("campaign", campaignId).param("ref", externalRef).param("now", now)
        .param("by", by).update();
  }

  /** The campaign's ledger totals per entry type (0 where there is none). */
  Map<LedgerEntryType, Long> campaignTotals(long campaignId) {
    return totals(jdbc.sql("""
            select entry_type, sum(amount_minor) from budget_ledger
            where campaign_id = :campaign group by entry_type""")
        .param("campaign", campaignId));
  }

  /** As {@link #campaignTotals(long)}, of the entries of one quarter and channel only. */
  Map<LedgerEntryType, Long> campaignTotals(long campaignId, String quarter, String channel) {
    return totals(jdbc.sql("""
            select entry_type, sum(amount_minor) from budget_ledger
            where campaign_id = :campaign and quarter = :quarter and channel = :channel
            group by entry_type""")
        .param("campaign", campaignId).param("quarter", quarter).param("channel", channel));
  }

  private static Map<LedgerEntryType, Long> totals(JdbcClient.StatementSpec sums) {
    Map<LedgerEntryType, Long> totals = new EnumMap<>(LedgerEntryType.class);
    for (LedgerEntryType type : LedgerEntryType.values()) {
      totals.put(type, 0L);
    }
    sums.query((rs, n) -> Map.entry(LedgerEntryType.valueOf(rs.getString(1)), rs.getLong(2)))
        .list().forEach(entry -> totals.put(entry.getKey(), entry.getValue()));
    return totals;
  }

  /** Campaigns with a ledger entry in the quarter and channel, in id order. */
  List<Long> campaignsBooked(String quarter, String channel) {
    return jdbc.sql("""
            select distinct campaign_id from budget_ledger
            where quarter = :quarter and channel = :channel and campaign_id is not null
            order by 1""")
        .param("quarter", quarter).param("channel", channel).query(Long.class).list();
  }

  /** Campaigns with anything booked against them, in id order. */
  List<Long> bookedCampaigns() {
    return jdbc.sql("""
        select distinct campaign_id from budget_ledger where campaign_id is not null
        order by 1""").query(Long.class).list();
  }

  /** The currency of the first entry booked against the campaign (none: nothing booked). */
  Optional<String> campaignCurrency(long campaignId) {
    return jdbc.sql("""
            select currency from budget_ledger where campaign_id = :id
            order by id fetch first 1 rows only""")
        .param("id", campaignId).query(String.class).optional();
  }
}
