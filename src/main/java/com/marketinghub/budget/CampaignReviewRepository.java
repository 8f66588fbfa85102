package com.marketinghub.budget;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
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
  java.util.Optional<Long> requestOf(long reviewId) {
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

  void recordReleased(long reviewId, long released) {
    jdbc.sql("update campaign_review set released_minor = :released where id = :id")
        .param("released", released).param("id", reviewId).update();
  }
}
