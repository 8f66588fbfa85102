package com.marketinghub.budget;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** campaign_review. */
@Repository
class CampaignReviewRepository {

  private final JdbcClient jdbc;

  CampaignReviewRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(long requestId, CampaignRoi roi, OffsetDateTime now) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            insert into campaign_review (request_id, campaign_id, revenue_minor, spend_minor,
                roi, computed_at)
            values (:request, :campaign, :revenue, :spend, :roi, :now)""")
        .param("request", requestId).param("campaign", roi == null ? null : roi.campaignId())
        .param("revenue", roi == null ? 0 : roi.revenue())
        .param("spend", roi == null ? 0 : roi.spend())
        .param("roi", roi == null ? null : roi.roi()).param("now", now)
        .update(key, "id");
    return key.getKey().longValue();
  }

  /** The request a review belongs to; empty when there is no such review. */
  Optional<Long> requestOf(long reviewId) {
    return jdbc.sql("select request_id from campaign_review where id = :id")
        .param("id", reviewId).query(Long.class).optional();
  }

  void recordTarget(long reviewId, BigDecimal target, boolean below) {
    jdbc.sql("""
            update campaign_review set target_roi = :target, below_target = :below
            where id = :id""")
        .param("target", target).param("below", below).param("id", reviewId).update();
  }

  void recordDecision(long reviewId, String decision, String comment, String by,
      OffsetDateTime now) {
    jdbc.sql("""
            update campaign_review set decision = :decision, comment = :comment,
                decided_by = :by, decided_at = :now
            where id = :id""")
        .param("decision", decision).param("comment", comment).param("by", by)
        .param("now", now).param("id", reviewId).update();
  }

  /** Adds a release to the review's (a STOP's at the decision, the one after the review). */
  void recordReleased(long reviewId, long released) {
    jdbc.sql("""
            update campaign_review set released_minor = released_minor + :released
            where id = :id""")
        .param("released", released).param("id", reviewId).update();
  }

  /** The review as recorded; empty when there is no such review. */
  Optional<Review> find(long reviewId) {
    return jdbc.sql("""
            select r.id, b.campaign_name, b.channel, b.quarter, b.currency, r.revenue_minor,
                r.spend_minor, r.roi, r.target_roi, r.decision, r.comment, r.decided_by,
                r.decided_at, r.released_minor
            from campaign_review r join budget_request b on b.id = r.request_id
            where r.id = :id""")
        .param("id", reviewId).query(CampaignReviewRepository::review).optional();
  }

  /** The channel's latest decided reviews, newest decision first. */
  List<Review> decidedInChannel(String channel, int limit) {
    return jdbc.sql("""
            select r.id, b.campaign_name, b.channel, b.quarter, b.currency, r.revenue_minor,
                r.spend_minor, r.roi, r.target_roi, r.decision, r.comment, r.decided_by,
                r.decided_at, r.released_minor
            from campaign_review r join budget_request b on b.id = r.request_id
            where b.channel = :channel and r.decision is not null
            order by r.decided_at desc, r.id desc
            fetch first :limit rows only""")
        .param("channel", channel).param("limit", limit)
        .query(CampaignReviewRepository::review).list();
  }

  /**
   * Marks Finance's mail of the review as sent, once: true for the first caller, false when it
   * was marked before (a retry of the step that mails).
   */
  boolean markFinanceMailed(long reviewId, OffsetDateTime now) {
    return jdbc.sql("""
            update campaign_review set finance_mailed_at = :now
            where id = :id and finance_mailed_at is null""")
        .param("now", now).param("id", reviewId).update() == 1;
  }

  private static Review review(ResultSet rs, int row) throws SQLException {
    return new Review(rs.getLong("id"), rs.getString("campaign_name"), rs.getString("channel"),
        rs.getString("quarter"), rs.getString("currency"), rs.getLong("revenue_minor"),
        rs.getLong("spend_minor"), rs.getBigDecimal("roi"), rs.getBigDecimal("target_roi"),
        rs.getString("decision"), rs.getString("comment"), rs.getString("decided_by"),
        rs.getObject("decided_at", OffsetDateTime.class), rs.getLong("released_minor"));
  }

  /**
   * A campaign_review row with its request's campaign, channel, quarter and currency.
   *
   * @param roi null without spend
   * @param targetRoi null until the release step records it, or when the decision gave none
   * @param decision null when not reviewed (the target was met)
   */
  record Review(long id, String campaign, String channel, String quarter, String currency,
      long revenue, long spend, BigDecimal roi, BigDecimal targetRoi, String decision,
      String comment, String decidedBy, OffsetDateTime decidedAt, long released) {}
}
