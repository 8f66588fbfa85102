package com.marketinghub.launch;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** launch_adoption: each measurement of a launch's adoption. */
@Repository
class AdoptionRepository {

  private final JdbcClient jdbc;

  AdoptionRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(long launchId, Adoption adoption, OffsetDateTime now) {
    jdbc.sql("""
            insert into launch_adoption (launch_id, window_start, window_end, targeted_accounts,
                active_accounts, adopting_accounts, adoption_share, below_target, weekly_trend,
                average_rating, feedback_count, measured_at)
            values (:launch, :from, :to, :targeted, :active, :adopting, :share, :below, :trend,
                :rating, :feedback, :now)""")
        .param("launch", launchId).param("from", adoption.windowStart())
        .param("to", adoption.windowEnd()).param("targeted", adoption.targeted())
        .param("active", adoption.active()).param("adopting", adoption.adopting())
        .param("share", adoption.share()).param("below", adoption.belowTarget())
        .param("trend", adoption.trendText()).param("rating", adoption.averageRating())
        .param("feedback", adoption.feedbackCount()).param("now", now).update();
  }

  Optional<Measured> latest(long launchId) {
    return jdbc.sql("""
            select window_start, window_end, targeted_accounts, active_accounts,
                adopting_accounts, adoption_share, below_target, weekly_trend, average_rating,
                feedback_count, measured_at
            from launch_adoption where launch_id = :launch order by id desc
            fetch first 1 rows only""")
        .param("launch", launchId)
        .query((rs, n) -> new Measured(rs.getObject(1, LocalDate.class),
            rs.getObject(2, LocalDate.class), rs.getInt(3), rs.getInt(4), rs.getInt(5),
            rs.getBigDecimal(6), rs.getBoolean(7), rs.getString(8), rs.getBigDecimal(9),
            rs.getInt(10), rs.getObject(11, OffsetDateTime.class)))
        .optional();
  }

  /** A stored measurement; {@code weeklyTrend} has one "2026-W49: 3" line per week. */
  public record Measured(LocalDate windowStart, LocalDate windowEnd, int targetedAccounts,
      int activeAccounts, int adoptingAccounts, BigDecimal adoptionShare, boolean belowTarget,
      String weeklyTrend, BigDecimal averageRating, int feedbackCount,
      OffsetDateTime measuredAt) {}
}
