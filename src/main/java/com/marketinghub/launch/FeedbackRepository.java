package com.marketinghub.launch;

import com.marketinghub.sync.RowOutcome;
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
}
