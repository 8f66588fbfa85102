package com.marketinghub.launch;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * launch_readiness: the sign-offs a launch's last readiness determination requires, and the
 * sign-offs given since (from launch_signoff).
 */
@Repository
class LaunchReadinessRepository {

  private final JdbcClient jdbc;

  LaunchReadinessRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Replaces the launch's required sign-offs: area → the groups of its task, as in the model. */
  void replace(long launchId, Map<String, String> groupsByArea, OffsetDateTime now) {
    jdbc.sql("delete from launch_readiness where launch_id = :launch")
        .param("launch", launchId).update();
    long after = jdbc.sql("""
            select coalesce(max(id), 0) from launch_signoff where launch_id = :launch""")
        .param("launch", launchId).query(Long.class).single();
    groupsByArea.forEach((area, groups) -> jdbc.sql("""
            insert into launch_readiness (launch_id, area, signoff_groups, determined_at,
                after_signoff_id)
            values (:launch, :area, :groups, :now, :after)""")
        .param("launch", launchId).param("area", area).param("groups", groups)
        .param("now", now).param("after", after).update());
  }

  /** The required sign-offs; empty before the first determination was kept. */
  List<Required> required(long launchId) {
    return jdbc.sql("""
            select area, signoff_groups, after_signoff_id from launch_readiness
            where launch_id = :launch order by id""")
        .param("launch", launchId)
        .query((rs, n) -> new Required(rs.getString(1), groups(rs.getString(2)),
            rs.getLong(3)))
        .list();
  }

  /**
   * Whether the launch existed before determinations were kept (V15 marks them): only such a
   * launch, with none recorded since, is announced without them.
   */
  boolean unrecorded(long launchId) {
    return jdbc.sql("select readiness_unrecorded from launch where id = :launch")
        .param("launch", launchId).query(Boolean.class).optional().orElse(false);
  }

  /** The sign-offs and decisions recorded after the given one, in order. */
  List<Given> givenSince(long launchId, long afterSignoffId) {
    return jdbc.sql("""
            select area, decision, signed_by from launch_signoff
            where launch_id = :launch and id > :after order by id""")
        .param("launch", launchId).param("after", afterSignoffId)
        .query((rs, n) -> new Given(rs.getString(1), rs.getString(2), rs.getString(3)))
        .list();
  }

  private static List<String> groups(String text) {
    return Arrays.stream(text.split(",")).map(String::trim).filter(g -> !g.isEmpty()).toList();
  }

  /** @param groups who may give it: the candidate groups of its task */
  record Required(String area, List<String> groups, long afterSignoffId) {}

  record Given(String area, String decision, String signedBy) {}
}
