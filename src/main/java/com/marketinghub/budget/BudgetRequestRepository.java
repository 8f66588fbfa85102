package com.marketinghub.budget;

import java.sql.ResultSet;
import java.sql.SQLException;
import com.marketinghub.attribution.Campaign;
import com.marketinghub.attribution.CampaignRepository;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** budget_request and its decisions. */
@Repository
class BudgetRequestRepository {

  private final JdbcClient jdbc;
  private final CampaignRepository campaigns;

  BudgetRequestRepository(JdbcClient jdbc, CampaignRepository campaigns) {
    this.jdbc = jdbc;
    this.campaigns = campaigns;
  }

  long insert(NewBudgetRequest request, String requester, BudgetRequestStatus status,
      OffsetDateTime now) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            insert into budget_request (campaign_id, campaign_name, channel, quarter,
                amount_minor, currency, expected_leads, expected_revenue_minor,
                campaign_end_date, justification, requester, status, created_at, updated_at)
            values (:campaignId, :campaignName, :channel, :quarter, :amount, :currency,
                :expectedLeads, :expectedRevenue, :endDate, :justification, :requester,
                :status, :now, :now)""")
        .param("campaignId", request.campaignId() != null ? request.campaignId()
            : campaigns.findByName(request.campaignName()).map(Campaign::id).orElse(null))
        .param("campaignName", request.campaignName())
        .param("channel", request.channel())
        .param("quarter", request.quarter())
        .param("amount", request.amount())
        .param("currency", request.currency())
        .param("expectedLeads", request.expectedLeads())
        .param("expectedRevenue", request.expectedRevenue())
        .param("endDate", request.campaignEndDate())
        .param("justification", request.justification())
        .param("requester", requester)
        .param("status", status.name())
        .param("now", now)
        .update(key, "id");
    return key.getKey().longValue();
  }

  Optional<BudgetRequest> find(long id) {
    return jdbc.sql("select * from budget_request where id = :id").param("id", id)
        .query(BudgetRequestRepository::map).optional();
  }

  BudgetRequest get(long id) {
    return find(id).orElseThrow(() -> new IllegalStateException("No budget request " + id));
  }

  void setProcessInstanceId(long id, String processInstanceId) {
    jdbc.sql("update budget_request set process_instance_id = :pid where id = :id")
        .param("pid", processInstanceId).param("id", id).update();
  }

  void recordCheck(long id, boolean overBudget, long remaining, OffsetDateTime now) {
    jdbc.sql("""
            update budget_request set over_budget = :over, remaining_at_check_minor = :remaining,
                status = 'SUBMITTED', updated_at = :now
            where id = :id""")
        .param("over", overBudget).param("remaining", remaining).param("now", now)
        .param("id", id).update();
  }

  void setStatus(long id, BudgetRequestStatus status, OffsetDateTime now) {
    jdbc.sql("update budget_request set status = :status, updated_at = :now where id = :id")
        .param("status", status.name()).param("now", now).param("id", id).update();
  }

  void rework(long id, long amount, String justification, OffsetDateTime now) {
    jdbc.sql("""
            update budget_request set amount_minor = :amount, justification = :justification,
                updated_at = :now
            where id = :id""")
        .param("amount", amount).param("justification", justification).param("now", now)
        .param("id", id).update();
  }

  /** @param onBehalfOf the absent approver a deputy decided for; null otherwise */
  void insertDecision(long requestId, int level, String group, String by, String onBehalfOf,
      String decision, String comment, OffsetDateTime now) {
    jdbc.sql("""
            insert into budget_decision (request_id, level_no, approver_group, decided_by,
                on_behalf_of, decision, comment, decided_at)
            values (:request, :level, :group, :by, :onBehalfOf, :decision, :comment, :now)""")
        .param("request", requestId).param("level", level).param("group", group)
        .param("by", by).param("onBehalfOf", onBehalfOf).param("decision", decision)
        .param("comment", comment).param("now", now).update();
  }

  /**
   * Who decided what and why, in order.
   *
   * @param onBehalfOf the absent approver a deputy decided for; null otherwise
   */
  public record Decision(int level, String approverGroup, String decidedBy, String onBehalfOf,
      String decision, String comment, OffsetDateTime decidedAt) {

    /** "Level 2 (marketing-managers): APPROVE by max on behalf of mona". */
    public String describe() {
      return "Level " + level + " (" + approverGroup + "): " + decision + " by " + decidedBy
          + (onBehalfOf == null ? "" : " on behalf of " + onBehalfOf)
          + (comment == null || comment.isBlank() ? "" : ": " + comment);
    }
  }

  java.util.List<Decision> decisions(long requestId) {
    return jdbc.sql("""
            select level_no, approver_group, decided_by, on_behalf_of, decision, comment,
                decided_at
            from budget_decision where request_id = :id order by id""")
        .param("id", requestId)
        .query((rs, n) -> new Decision(rs.getInt(1), rs.getString(2), rs.getString(3),
            rs.getString(4), rs.getString(5), rs.getString(6),
            rs.getObject(7, OffsetDateTime.class)))
        .list();
  }

  private static BudgetRequest map(ResultSet rs, int row) throws SQLException {
    long campaignId = rs.getLong("campaign_id");
    boolean noCampaign = rs.wasNull();
    int leads = rs.getInt("expected_leads");
    boolean noLeads = rs.wasNull();
    long revenue = rs.getLong("expected_revenue_minor");
    boolean noRevenue = rs.wasNull();
    long remaining = rs.getLong("remaining_at_check_minor");
    boolean noRemaining = rs.wasNull();
    LocalDate end = rs.getObject("campaign_end_date", LocalDate.class);
    return new BudgetRequest(rs.getLong("id"), noCampaign ? null : campaignId,
        rs.getString("campaign_name"), rs.getString("channel"), rs.getString("quarter"),
        rs.getLong("amount_minor"), rs.getString("currency"), noLeads ? null : leads,
        noRevenue ? null : revenue, end, rs.getString("justification"),
        rs.getString("requester"), BudgetRequestStatus.valueOf(rs.getString("status")),
        rs.getBoolean("over_budget"), noRemaining ? null : remaining,
        rs.getString("process_instance_id"));
  }
}
