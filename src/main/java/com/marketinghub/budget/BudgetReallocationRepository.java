package com.marketinghub.budget;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** budget_reallocation and budget_reallocation_line, and the ledger's campaigns of a line. */
@Repository
class BudgetReallocationRepository {

  private final JdbcClient jdbc;

  BudgetReallocationRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  enum Status { PROPOSED, ACCEPTED, REJECTED }

  record Reallocation(long id, String closedQuarter, String nextQuarter, Status status,
      String proposedBy, String decidedBy, String decisionComment, OffsetDateTime appliedAt) {}

  /**
   * A channel's line: amounts in minor units; accepted null until Finance accepted.
   */
  record Line(String channel, String currency, long current, long proposed, Long accepted,
      long spend, long revenue, int campaigns, BigDecimal roi, BigDecimal targetRoi,
      String reason) {}

  /** Campaigns with a ledger entry in the quarter and channel, in id order. */
  List<Long> campaignsBooked(String quarter, String channel) {
    return jdbc.sql("""
            select distinct campaign_id from budget_ledger
            where quarter = :quarter and channel = :channel and campaign_id is not null
            order by 1""")
        .param("quarter", quarter).param("channel", channel).query(Long.class).list();
  }

  /** The proposal waiting for Finance's decision on the quarter's plans, if any. */
  Optional<Long> openFor(String nextQuarter) {
    return jdbc.sql("select id from budget_reallocation where open_for_quarter = :quarter")
        .param("quarter", nextQuarter).query(Long.class).optional();
  }

  /**
   * Inserts a proposal with its lines; the unique open_for_quarter refuses a second open one
   * for the same quarter (DuplicateKeyException).
   */
  long insert(String closedQuarter, String nextQuarter, String proposedBy, List<Line> lines,
      OffsetDateTime now) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            insert into budget_reallocation (closed_quarter, next_quarter, open_for_quarter,
                status, proposed_by, proposed_at)
            values (:closed, :next, :next, 'PROPOSED', :by, :now)""")
        .param("closed", closedQuarter).param("next", nextQuarter).param("by", proposedBy)
        .param("now", now).update(key, "id");
    long id = key.getKey().longValue();
    for (Line line : lines) {
      jdbc.sql("""
              insert into budget_reallocation_line (reallocation_id, channel, currency,
                  current_minor, proposed_minor, spend_minor, revenue_minor, campaigns, roi,
                  target_roi, reason)
              values (:id, :channel, :currency, :current, :proposed, :spend, :revenue,
                  :campaigns, :roi, :target, :reason)""")
          .param("id", id).param("channel", line.channel()).param("currency", line.currency())
          .param("current", line.current()).param("proposed", line.proposed())
          .param("spend", line.spend()).param("revenue", line.revenue())
          .param("campaigns", line.campaigns()).param("roi", line.roi())
          .param("target", line.targetRoi()).param("reason", line.reason()).update();
    }
    return id;
  }

  void setProcessInstanceId(long id, String processInstanceId) {
    jdbc.sql("update budget_reallocation set process_instance_id = :pi where id = :id")
        .param("pi", processInstanceId).param("id", id).update();
  }

  Optional<Reallocation> find(long id) {
    return jdbc.sql("""
            select id, closed_quarter, next_quarter, status, proposed_by, decided_by,
                decision_comment, applied_at
            from budget_reallocation where id = :id""")
        .param("id", id)
        .query((rs, n) -> new Reallocation(rs.getLong(1), rs.getString(2), rs.getString(3),
            Status.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getString(7),
            rs.getObject(8, OffsetDateTime.class)))
        .optional();
  }

  Reallocation get(long id) {
    return find(id).orElseThrow(() ->
        new IllegalStateException("No budget reallocation " + id));
  }

  List<Line> lines(long id) {
    return jdbc.sql("""
            select channel, currency, current_minor, proposed_minor, accepted_minor,
                spend_minor, revenue_minor, campaigns, roi, target_roi, reason
            from budget_reallocation_line where reallocation_id = :id order by channel""")
        .param("id", id)
        .query((rs, n) -> new Line(rs.getString(1), rs.getString(2), rs.getLong(3),
            rs.getLong(4), (Long) rs.getObject(5, Long.class), rs.getLong(6), rs.getLong(7),
            rs.getInt(8), rs.getBigDecimal(9), rs.getBigDecimal(10), rs.getString(11)))
        .list();
  }

  /**
   * Records Finance's decision, once: only a proposal still PROPOSED changes (false: decided
   * already, by someone else at the same time).
   *
   * @param accepted per channel, minor units; empty for a rejection
   */
  boolean decide(long id, Status status, Map<String, Long> accepted, String by,
      String comment, OffsetDateTime now) {
    int updated = jdbc.sql("""
            update budget_reallocation set status = :status, open_for_quarter = null,
                decided_by = :by, decided_at = :now, decision_comment = :comment
            where id = :id and status = 'PROPOSED'""")
        .param("status", status.name()).param("by", by).param("now", now)
        .param("comment", comment).param("id", id).update();
    if (updated == 0) {
      return false;
    }
    accepted.forEach((channel, amount) -> jdbc.sql("""
            update budget_reallocation_line set accepted_minor = :amount
            where reallocation_id = :id and channel = :channel""")
        .param("amount", amount).param("id", id).param("channel", channel).update());
    return true;
  }

  void markApplied(long id, OffsetDateTime now) {
    jdbc.sql("update budget_reallocation set applied_at = :now where id = :id")
        .param("now", now).param("id", id).update();
  }
}
