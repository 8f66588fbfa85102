package com.marketinghub.tasklist;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** task_offer: tasks offered to a group whose members have not had their digest yet. */
@Repository
class TaskOfferRepository {

  private final JdbcClient jdbc;

  TaskOfferRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A task created for these groups without an assignee. */
  void offer(String taskId, Collection<String> groupIds, OffsetDateTime now) {
    for (String group : groupIds) {
      jdbc.sql("""
              insert into task_offer (task_id, group_id, offered_at)
              select :task, :group, :now where not exists
                (select 1 from task_offer where task_id = :task and group_id = :group)""")
          .param("task", taskId).param("group", group).param("now", now).update();
    }
  }

  /** The oldest waiting offers, at most {@code limit}. */
  List<Offer> waiting(int limit) {
    return jdbc.sql("""
            select task_id, group_id from task_offer
            order by offered_at, task_id, group_id fetch first :limit rows only""")
        .param("limit", limit)
        .query((rs, n) -> new Offer(rs.getString(1), rs.getString(2))).list();
  }

  /**
   * Removes the offers, to be listed in a digest now; returns those this call removed. A run
   * that meets another (a digest started by hand beside the timer's) waits for its commit and
   * then removes nothing, so it lists nothing twice.
   */
  List<Offer> take(Collection<Offer> offers) {
    List<Offer> taken = new ArrayList<>();
    for (Offer offer : offers) {
      if (jdbc.sql("delete from task_offer where task_id = :task and group_id = :group")
          .param("task", offer.taskId()).param("group", offer.groupId()).update() == 1) {
        taken.add(offer);
      }
    }
    return taken;
  }

  record Offer(String taskId, String groupId) {}
}
