package com.marketinghub.launch;

import com.marketinghub.sync.RowOutcome;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** feedback: one row per natural key. */
@Repository
class FeedbackRepository {

  private final JdbcClient jdbc;

  FeedbackRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Created, or left as it is when its natural key is known (feedback is not edited). */
  RowOutcome save(FeedbackRow row) {
    if (idOf(row.naturalKey()).isPresent()) {
      return RowOutcome.UNCHANGED;
    }
    jdbc.sql("""
            insert into feedback (natural_key, launch_id, feature_key, account_id, rating,
                comment, channel, received_at)
            values (:key, :launch, :feature, :account, :rating, :comment, :channel,
                :received)""")
        .param("key", row.naturalKey()).param("launch", row.launchId())
        .param("feature", row.featureKey()).param("account", row.accountId())
        .param("rating", row.rating()).param("comment", row.comment())
        .param("channel", row.channel()).param("received", row.receivedAt()).update();
    return RowOutcome.CREATED;
  }

  Optional<Long> idOf(String naturalKey) {
    return jdbc.sql("select id from feedback where natural_key = :key").param("key", naturalKey)
        .query(Long.class).optional();
  }

  /** Average rating and count of the feedback on the launch or feature in [start, end). */
  Rating rating(long launchId, String featureKey, OffsetDateTime start, OffsetDateTime end) {
    return jdbc.sql("""
            select avg(cast(rating as decimal(10, 4))), count(*) from feedback
            where (launch_id = :launch or feature_key = :feature)
                and received_at >= :start and received_at < :end""")
        .param("launch", launchId).param("feature", featureKey)
        .param("start", start).param("end", end)
        .query((rs, n) -> new Rating(rs.getBigDecimal(1), rs.getInt(2))).single();
  }

  /** The comments on the launch or its feature, newest first (by id among equal times). */
  List<Comment> comments(long launchId, String featureKey, int most) {
    return jdbc.sql("""
            select rating, channel, received_at, comment from feedback
            where (launch_id = :launch or feature_key = :feature) and comment is not null
            order by received_at desc, id desc fetch first :most rows only""")
        .param("launch", launchId).param("feature", featureKey).param("most", most)
        .query((rs, n) -> new Comment(rs.getInt(1), rs.getString(2),
            rs.getObject(3, OffsetDateTime.class), rs.getString(4)))
        .list();
  }

  /** @param average null when there is no feedback */
  record Rating(BigDecimal average, int count) {}

  record Comment(int rating, String channel, OffsetDateTime receivedAt, String text) {}
}
