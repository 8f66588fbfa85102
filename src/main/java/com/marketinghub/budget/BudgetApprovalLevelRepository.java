package com.marketinghub.budget;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** budget_required_approval: the levels a request's last determination required. */
@Repository
class BudgetApprovalLevelRepository {

  private final JdbcClient jdbc;

  BudgetApprovalLevelRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Replaces the request's required levels with these groups, level 1 first. */
  void replace(long requestId, List<String> groups, OffsetDateTime now) {
    jdbc.sql("delete from budget_required_approval where request_id = :request")
        .param("request", requestId).update();
    long after = jdbc.sql("""
            select coalesce(max(id), 0) from budget_decision where request_id = :request""")
        .param("request", requestId).query(Long.class).single();
    for (int level = 1; level <= groups.size(); level++) {
      jdbc.sql("""
              insert into budget_required_approval (request_id, level_no, approver_group,
                  determined_at, after_decision_id)
              values (:request, :level, :group, :now, :after)""")
          .param("request", requestId).param("level", level)
          .param("group", groups.get(level - 1)).param("now", now).param("after", after)
          .update();
    }
  }

  /** The required levels in order; empty for a request determined before they were kept. */
  List<RequiredLevel> required(long requestId) {
    return jdbc.sql("""
            select level_no, approver_group, after_decision_id, escalated_to
            from budget_required_approval where request_id = :request order by level_no""")
        .param("request", requestId)
        .query((rs, n) -> new RequiredLevel(rs.getInt(1), rs.getString(2), rs.getLong(3),
            rs.getString(4)))
        .list();
  }

  /** The approvals of this determination: APPROVE decisions recorded after it, in order. */
  List<Approval> approvalsSince(long requestId, long afterDecisionId) {
    return jdbc.sql("""
            select level_no, decided_by, on_behalf_of from budget_decision
            where request_id = :request and id > :after and decision = 'APPROVE' order by id""")
        .param("request", requestId).param("after", afterDecisionId)
        .query((rs, n) -> new Approval(rs.getInt(1), rs.getString(2), rs.getString(3))).list();
  }

  /**
   * Records that the level of this round escalated to the group, once.
   *
   * @return false when it had escalated already (a retried job): nothing changed
   */
  boolean escalate(long requestId, int level, long afterDecisionId, String group,
      OffsetDateTime now) {
    return jdbc.sql("""
            update budget_required_approval set escalated_to = :group, escalated_at = :now
            where request_id = :request and level_no = :level
                and after_decision_id = :after and escalated_at is null""")
        .param("group", group).param("now", now).param("request", requestId)
        .param("level", level).param("after", afterDecisionId).update() == 1;
  }

  /**
   * A level of the last determination.
   *
   * @param escalatedTo the group it escalated to when overdue (its members may decide it too);
   *     null while not escalated
   */
  record RequiredLevel(int level, String group, long afterDecisionId, String escalatedTo) {

    RequiredLevel(int level, String group, long afterDecisionId) {
      this(level, group, afterDecisionId, null);
    }

    /** The groups whose members may decide the level: its own, and the escalation's. */
    List<String> deciders() {
      return escalatedTo == null || escalatedTo.equals(group) ? List.of(group)
          : List.of(group, escalatedTo);
    }
  }

  /**
   * An approval of a level.
   *
   * @param onBehalfOf the absent approver the deputy {@code decidedBy} approved for; null when
   *     the approver decided for themselves
   */
  record Approval(int level, String decidedBy, String onBehalfOf) {

    Approval(int level, String decidedBy) {
      this(level, decidedBy, null);
    }

    /** Who approved: the decider, and the absent approver they stood in for. */
    List<String> people() {
      return onBehalfOf == null ? List.of(decidedBy) : List.of(decidedBy, onBehalfOf);
    }
  }
}
