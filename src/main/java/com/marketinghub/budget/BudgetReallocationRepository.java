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

/** budget_reallocation and budget_reallocation_line. */
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
   *
   * @param nextPlan the next quarter's plan of the channel when proposed; null: none
   */
  record Line(String channel, String currency, long current, BudgetRepository.Plan nextPlan,
      long proposed, Long accepted, long spend, long revenue, int campaigns, BigDecimal roi,
      BigDecimal targetRoi, String reason) {}

  /**
   * A proposal for the quarter that waits for Finance or was accepted (a rejected one does not
   * count: a new one may follow it).
   */
  Optional<Long> liveFor(String nextQuarter) {
    return jdbc.sql("""
            select id from budget_reallocation where next_quarter = :quarter
                and status in ('PROPOSED', 'ACCEPTED')
            order by id fetch first 1 rows only""")
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
                  current_minor, next_plan_minor, next_plan_currency, proposed_minor,
                  spend_minor, revenue_minor, campaigns, roi, target_roi, reason)
              values (:id, :channel, :currency, :current, :nextPlan, :nextCurrency, :proposed,
                  :spend, :revenue, :campaigns, :roi, :target, :reason)""")
          .param("id", id).param("channel", line.channel()).param("currency", line.currency())
          .param("current", line.current())
          .param("nextPlan", line.nextPlan() == null ? null : line.nextPlan().allocated())
          .param("nextCurrency", line.nextPlan() == null ? null : line.nextPlan().currency())
          .param("proposed", line.proposed())
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
            select r.next_quarter, l.channel, l.currency, l.current_minor, l.next_plan_minor,
                l.next_plan_currency, l.proposed_minor, l.accepted_minor, l.spend_minor,
                l.revenue_minor, l.campaigns, l.roi, l.target_roi, l.reason
            from budget_reallocation_line l
            join budget_reallocation r on r.id = l.reallocation_id
            where l.reallocation_id = :id order by l.channel""")
        .param("id", id)
        .query((rs, n) -> {
          Long nextPlan = rs.getObject(5, Long.class);
          return new Line(rs.getString(2), rs.getString(3), rs.getLong(4),
              nextPlan == null ? null : new BudgetRepository.Plan(rs.getString(1),
                  rs.getString(2), nextPlan, rs.getString(6)),
              rs.getLong(7), rs.getObject(8, Long.class), rs.getLong(9), rs.getLong(10),
              rs.getInt(11), rs.getBigDecimal(12), rs.getBigDecimal(13), rs.getString(14));
        })
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
