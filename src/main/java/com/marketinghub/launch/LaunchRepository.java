package com.marketinghub.launch;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** launch and launch_signoff. */
@Repository
class LaunchRepository {

  private final JdbcClient jdbc;

  LaunchRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(NewLaunch launch, String owner, OffsetDateTime now) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            insert into launch (name, feature_key, tier, launch_date, target_segments,
                adoption_target, owner, status, created_at, updated_at)
            values (:name, :feature, :tier, :date, :segments, :target, :owner, 'BRIEF_REVIEW',
                :now, :now)""")
        .param("name", launch.name()).param("feature", launch.featureKey())
        .param("tier", launch.tier()).param("date", launch.launchDate())
        .param("segments", String.join(",", launch.targetSegments()))
        .param("target", launch.adoptionTarget()).param("owner", owner).param("now", now)
        .update(key, "id");
    return key.getKey().longValue();
  }

  /** The brief as reworked by its owner. */
  void updateBrief(long id, NewLaunch launch, OffsetDateTime now) {
    jdbc.sql("""
            update launch set name = :name, feature_key = :feature, tier = :tier,
                launch_date = :date, target_segments = :segments, adoption_target = :target,
                updated_at = :now
            where id = :id""")
        .param("name", launch.name()).param("feature", launch.featureKey())
        .param("tier", launch.tier()).param("date", launch.launchDate())
        .param("segments", String.join(",", launch.targetSegments()))
        .param("target", launch.adoptionTarget()).param("now", now).param("id", id).update();
  }

  void postpone(long id, LocalDate date, OffsetDateTime now) {
    jdbc.sql("update launch set launch_date = :date, updated_at = :now where id = :id")
        .param("date", date).param("now", now).param("id", id).update();
  }

  void setStatus(long id, LaunchStatus status, OffsetDateTime now) {
    jdbc.sql("update launch set status = :status, updated_at = :now where id = :id")
        .param("status", status.name()).param("now", now).param("id", id).update();
  }

  void setReviewComment(long id, String comment) {
    jdbc.sql("update launch set review_comment = :comment where id = :id")
        .param("comment", comment).param("id", id).update();
  }

  void setProcessInstanceId(long id, String processInstanceId) {
    jdbc.sql("update launch set process_instance_id = :pid where id = :id")
        .param("pid", processInstanceId).param("id", id).update();
  }

  Optional<Launch> find(long id) {
    return jdbc.sql("select * from launch where id = :id").param("id", id)
        .query(LaunchRepository::map).optional();
  }

  Launch get(long id) {
    return find(id).orElseThrow(() -> new IllegalStateException("No launch " + id));
  }

  boolean exists(long id) {
    return jdbc.sql("select count(*) from launch where id = :id").param("id", id)
        .query(Long.class).single() > 0;
  }

  void signOff(long launchId, String area, String decision, String checklist, String comment,
      String signedBy, OffsetDateTime at) {
    jdbc.sql("""
            insert into launch_signoff (launch_id, area, decision, checklist, comment, signed_by,
                signed_at)
            values (:launch, :area, :decision, :checklist, :comment, :by, :at)""")
        .param("launch", launchId).param("area", area).param("decision", decision)
        .param("checklist", checklist).param("comment", comment).param("by", signedBy)
        .param("at", at).update();
  }

  List<Signoff> signoffs(long launchId) {
    return jdbc.sql("""
            select area, decision, checklist, comment, signed_by, signed_at from launch_signoff
            where launch_id = :launch order by id""")
        .param("launch", launchId)
        .query((rs, n) -> new Signoff(rs.getString(1), rs.getString(2), rs.getString(3),
            rs.getString(4), rs.getString(5), rs.getObject(6, OffsetDateTime.class)))
        .list();
  }

  /** A sign-off or decision on a launch. */
  public record Signoff(String area, String decision, String checklist, String comment,
      String signedBy, OffsetDateTime signedAt) {}

  private static Launch map(ResultSet rs, int row) throws SQLException {
    return new Launch(rs.getLong("id"), rs.getString("name"), rs.getString("feature_key"),
        rs.getString("tier"), rs.getObject("launch_date", LocalDate.class),
        LaunchInput.segments(rs.getString("target_segments")),
        rs.getBigDecimal("adoption_target"), rs.getString("owner"),
        LaunchStatus.valueOf(rs.getString("status")), rs.getString("review_comment"),
        rs.getString("process_instance_id"), rs.getObject("created_at", OffsetDateTime.class));
  }
}
