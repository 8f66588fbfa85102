package com.marketinghub.health;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * retention_play. A play is OPEN until it ends; while open its {@code open_account_id} holds the
 * account's id, which is unique, so the database itself refuses a second open play.
 */
@Repository
class RetentionPlayRepository {

  static final String OPEN = "OPEN";
  static final String ENDED = "ENDED";

  private final JdbcClient jdbc;

  RetentionPlayRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  boolean hasOpenPlay(long accountId) {
    return jdbc.sql("select count(*) from retention_play where open_account_id = :account")
        .param("account", accountId).query(Long.class).single() > 0;
  }

  long open(long accountId, OffsetDateTime now) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            insert into retention_play (account_id, status, started_at, open_account_id)
            values (:account, 'OPEN', :now, :account)""")
        .param("account", accountId).param("now", now).update(key, "id");
    return key.getKey().longValue();
  }

  void setProcessInstanceId(long playId, String processInstanceId) {
    jdbc.sql("update retention_play set process_instance_id = :pid where id = :id")
        .param("pid", processInstanceId).param("id", playId).update();
  }

  /** Whose play it is: the account's CRM id and the instance that runs it. */
  Optional<PlayOf> playOf(long playId) {
    return jdbc.sql("""
            select a.external_id, p.process_instance_id from retention_play p
            join account a on a.id = p.account_id where p.id = :id""")
        .param("id", playId)
        .query((rs, n) -> new PlayOf(rs.getString(1), rs.getString(2)))
        .optional();
  }

  /** @param accountId the account's CRM id (a retention-play's business key) */
  record PlayOf(String accountId, String processInstanceId) {}

  /** The CSM's choice; a new choice starts a new round, without a manager's decision. */
  void chosen(long playId, PlayType type, String noActionReason) {
    jdbc.sql("""
            update retention_play set type = :type, no_action_reason = :reason,
                manager_decision = null, decided_by = null, decided_at = null
            where id = :id""")
        .param("type", type.name()).param("reason", noActionReason).param("id", playId)
        .update();
  }

  /** Task_ManagerReview's decision, with who took it, as our code saw the completion. */
  void managerDecided(long playId, String decision, String by, OffsetDateTime now) {
    jdbc.sql("""
            update retention_play set manager_decision = :decision, decided_by = :by,
                decided_at = :now
            where id = :id""")
        .param("decision", decision).param("by", by).param("now", now).param("id", playId)
        .update();
  }

  /** The manager's decision of the current round; empty when none was taken. */
  Optional<ManagerDecision> managerDecision(long playId) {
    return jdbc.sql("""
            select manager_decision, decided_by from retention_play
            where id = :id and manager_decision is not null""")
        .param("id", playId)
        .query((rs, n) -> new ManagerDecision(rs.getString(1), rs.getString(2)))
        .optional();
  }

  record ManagerDecision(String decision, String decidedBy) {}

  /** Ends the play if it is open; false when it had ended already. */
  boolean end(long playId, PlayOutcome outcome, OffsetDateTime now) {
    return jdbc.sql("""
            update retention_play set status = 'ENDED', outcome = :outcome, ended_at = :now,
                open_account_id = null
            where id = :id and status = 'OPEN'""")
        .param("outcome", outcome.name()).param("now", now).param("id", playId).update() == 1;
  }


  /** A note of the play, after the ones before it, and its follow-up day (null: none). */
  void recordExecution(long playId, String note, LocalDate followUpOn) {
    jdbc.sql("update retention_play set follow_up_on = :followUp where id = :id")
        .param("followUp", followUpOn).param("id", playId).update();
    if (note != null) {
      jdbc.sql("""
              update retention_play set notes = case when notes is null then :note
                                                     else notes || :separator || :note end
              where id = :id""")
          .param("note", note).param("separator", "\n\n").param("id", playId).update();
    }
  }

  /** The play's notes so far and its follow-up day, if it has any. */
  PlayNotes notes(long playId) {
    return jdbc.sql("select notes, follow_up_on from retention_play where id = :id")
        .param("id", playId)
        .query((rs, n) -> new PlayNotes(rs.getString(1),
            rs.getObject(2, java.time.LocalDate.class)))
        .optional().orElse(new PlayNotes(null, null));
  }

  record PlayNotes(String notes, LocalDate followUpOn) {}

  Optional<OpenPlay> openPlay(long accountId) {
    return jdbc.sql("""
            select id, type, started_at, process_instance_id, notes, follow_up_on
            from retention_play where open_account_id = :account""")
        .param("account", accountId)
        .query((rs, n) -> new OpenPlay(rs.getLong(1), rs.getString(2),
            rs.getObject(3, OffsetDateTime.class), rs.getString(4), rs.getString(5),
            rs.getObject(6, java.time.LocalDate.class)))
        .optional();
  }

  /** The retention-plays export's rows of plays in these statuses, by id. */
  void exportRows(Collection<String> statuses, Consumer<String[]> row) {
    jdbc.sql("""
            select p.id, a.external_id, a.name, a.csm, p.type, p.status, p.outcome,
                p.started_at, p.ended_at, p.no_action_reason, p.process_instance_id,
                p.follow_up_on, p.notes
            from retention_play p join account a on a.id = p.account_id
            where p.status in (:statuses)
            order by p.id""")
        .param("statuses", statuses)
        .query(rs -> {
          // Instants in UTC, as in every export, whatever offset the driver hands back.
          OffsetDateTime started = rs.getObject(8, OffsetDateTime.class)
              .withOffsetSameInstant(ZoneOffset.UTC);
          OffsetDateTime ended = rs.getObject(9, OffsetDateTime.class);
          row.accept(new String[] {String.valueOf(rs.getLong(1)), rs.getString(2),
              rs.getString(3), text(rs.getString(4)), text(rs.getString(5)), rs.getString(6),
              text(rs.getString(7)), started.toString(),
              ended == null ? "" : ended.withOffsetSameInstant(ZoneOffset.UTC).toString(),
              text(rs.getString(10)), text(rs.getString(11)),
              rs.getObject(12) == null ? "" : rs.getObject(12, java.time.LocalDate.class)
                  .toString(),
              text(rs.getString(13))});
        });
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }
}
