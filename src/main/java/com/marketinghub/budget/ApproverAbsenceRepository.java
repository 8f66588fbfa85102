package com.marketinghub.budget;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** approver_absence: who is away when, and who decides for them. */
@Repository
class ApproverAbsenceRepository {

  private final JdbcClient jdbc;

  ApproverAbsenceRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(String user, String deputy, LocalDate startsOn, LocalDate endsOn, String createdBy,
      OffsetDateTime now) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            insert into approver_absence (user_id, deputy_id, starts_on, ends_on, created_by,
                created_at)
            values (:user, :deputy, :startsOn, :endsOn, :createdBy, :now)""")
        .param("user", user).param("deputy", deputy).param("startsOn", startsOn)
        .param("endsOn", endsOn).param("createdBy", createdBy).param("now", now)
        .update(key, "id");
    return key.getKey().longValue();
  }

  /**
   * Until the transaction ends, no other recording of an absence runs (the checks against the
   * absences recorded so far and the insert are one step).
   */
  void lockRecording() {
    jdbc.sql("select id from approver_absence_lock where id = 1 for update")
        .query(Integer.class).single();
  }

  Optional<ApproverAbsence> find(long id) {
    return jdbc.sql("select * from approver_absence where id = :id").param("id", id)
        .query(ApproverAbsenceRepository::map).optional();
  }

  /** The user's absences and those they are the deputy of, not cancelled, ending on or after. */
  List<ApproverAbsence> of(String user, LocalDate endingOnOrAfter) {
    return jdbc.sql("""
            select * from approver_absence
            where (user_id = :user or deputy_id = :user) and cancelled_at is null
                and ends_on >= :day
            order by starts_on, id""")
        .param("user", user).param("day", endingOnOrAfter)
        .query(ApproverAbsenceRepository::map).list();
  }

  /** Every absence of the user or naming them as deputy, newest first (cancelled ones too). */
  List<ApproverAbsence> involving(String user) {
    return jdbc.sql("""
            select * from approver_absence where user_id = :user or deputy_id = :user
            order by starts_on desc, id desc""")
        .param("user", user).query(ApproverAbsenceRepository::map).list();
  }

  /** The user's absence in force on the day, if any (the earliest recorded). */
  Optional<ApproverAbsence> covering(String user, LocalDate day) {
    return jdbc.sql("""
            select * from approver_absence
            where user_id = :user and cancelled_at is null and starts_on <= :day
                and ends_on >= :day
            order by id""")
        .param("user", user).param("day", day).query(ApproverAbsenceRepository::map).list()
        .stream().findFirst();
  }

  /** Those of the users with an absence in force on the day. */
  Set<String> awayOn(Collection<String> users, LocalDate day) {
    return new HashSet<>(jdbc.sql("""
            select distinct user_id from approver_absence
            where user_id in (:users) and cancelled_at is null and starts_on <= :day
                and ends_on >= :day""")
        .param("users", users).param("day", day).query(String.class).list());
  }

  /** Ties the absence to its approver-absence instance; false when it has one already. */
  boolean tie(long id, String processInstanceId) {
    return jdbc.sql("""
            update approver_absence set process_instance_id = :pid
            where id = :id and process_instance_id is null""")
        .param("pid", processInstanceId).param("id", id).update() == 1;
  }

  /** Cancels it; false when it was cancelled already. */
  boolean cancel(long id, String by, OffsetDateTime now) {
    return jdbc.sql("""
            update approver_absence set cancelled_at = :now, cancelled_by = :by
            where id = :id and cancelled_at is null""")
        .param("now", now).param("by", by).param("id", id).update() == 1;
  }

  private static ApproverAbsence map(ResultSet rs, int row) throws SQLException {
    return new ApproverAbsence(rs.getLong("id"), rs.getString("user_id"),
        rs.getString("deputy_id"), rs.getObject("starts_on", LocalDate.class),
        rs.getObject("ends_on", LocalDate.class), rs.getString("created_by"),
        rs.getObject("created_at", OffsetDateTime.class),
        rs.getObject("cancelled_at", OffsetDateTime.class), rs.getString("cancelled_by"),
        rs.getString("process_instance_id"));
  }
}
