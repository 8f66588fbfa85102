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
            select level_no, approver_group, after_decision_id from budget_required_approval
            where request_id = :request order by level_no""")
        .param("request", requestId)
        .query((rs, n) -> new RequiredLevel(rs.getInt(1), rs.getString(2), rs.getLong(3)))
        .list();
  }

  /** The approvals of this determination: APPROVE decisions recorded after it, in order. */
  List<Approval> approvalsSince(long requestId, long afterDecisionId) {
    return jdbc.sql("""
            select level_no, decided_by from budget_decision
            where request_id = :request and id > :after and decision = 'APPROVE' order by id""")
        .param("request", requestId).param("after", afterDecisionId)
        .query((rs, n) -> new Approval(rs.getInt(1), rs.getString(2))).list();
  }

  record RequiredLevel(int level, String group, long afterDecisionId) {}

  record Approval(int level, String decidedBy) {}
}
