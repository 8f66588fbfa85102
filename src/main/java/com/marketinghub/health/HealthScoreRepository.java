package com.marketinghub.health;

import com.marketinghub.common.IdChunks;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** health_score and health_component: the daily scores of the accounts with their parts. */
@Repository
class HealthScoreRepository {

  private final JdbcClient jdbc;

  HealthScoreRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** At most {@code days} latest scores. */
  List<DayScore> latest(long accountId, int days) {
    Map<Long, DayScore> scores = new LinkedHashMap<>();
    jdbc.sql("""
            select id, score_day, score, band from health_score where account_id = :account
            order by score_day desc fetch first :days rows only""")
        .param("account", accountId).param("days", days)
        .query(rs -> {
          scores.put(rs.getLong(1), new DayScore(rs.getObject(2, LocalDate.class), rs.getInt(3),
              rs.getString(4), new ArrayList<>()));
        });
    if (scores.isEmpty()) {
      return List.of();
    }
    jdbc.sql("""
            select score_id, component, component_value, weight, detail from health_component
            where score_id in (:ids) order by id""")
        .param("ids", scores.keySet())
        .query(rs -> {
          scores.get(rs.getLong(1)).components().add(new Component(rs.getString(2),
              rs.getInt(3), rs.getBigDecimal(4), rs.getString(5)));
        });
    return List.copyOf(scores.values());
  }

  /** The band of the account's latest score, if it was ever scored. */
  Optional<String> latestBand(long accountId) {
    return jdbc.sql("""
            select band from health_score where account_id = :account
            order by score_day desc fetch first 1 rows only""")
        .param("account", accountId).query(String.class).optional();
  }

  /** Scores the account for the day again: the day's earlier score and parts are replaced. */
  void replace(long accountId, LocalDate day, HealthScore score, String band,
      OffsetDateTime now) {
    jdbc.sql("""
            delete from health_component where score_id in
                (select id from health_score where account_id = :account and score_day = :day)""")
        .param("account", accountId).param("day", day).update();
    jdbc.sql("delete from health_score where account_id = :account and score_day = :day")
        .param("account", accountId).param("day", day).update();
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            insert into health_score (account_id, score_day, score, band, scored_at)
            values (:account, :day, :score, :band, :now)""")
        .param("account", accountId).param("day", day).param("score", score.score())
        .param("band", band).param("now", now).update(key, "id");
    long scoreId = key.getKey().longValue();
    for (HealthScore.Component component : score.components()) {
      jdbc.sql("""
              insert into health_component (score_id, component, component_value, weight,
                  detail)
              values (:score, :component, :value, :weight, :detail)""")
          .param("score", scoreId).param("component", component.name())
          .param("value", component.value()).param("weight", component.weight())
          .param("detail", component.detail()).update();
    }
  }

  /** The day's HEALTHY accounts (not churned, with seats) renewing between day and until. */
  List<Long> healthyRenewing(LocalDate day, LocalDate until, Long afterId, int size) {
    return jdbc.sql("""
            select a.id from health_score h join account a on a.id = h.account_id
            where h.score_day = :day and h.band = 'HEALTHY' and not a.churned
                and a.seats_purchased > 0 and a.renewal_date between :day and :until
                and a.id > :after
            order by a.id fetch first :size rows only""")
        .param("day", day).param("until", until)
        .param("after", afterId == null ? 0 : afterId).param("size", size)
        .query(Long.class).list();
  }

  /** The day's AT_RISK accounts (not churned) with an id above {@code afterId}, by id. */
  List<Scored> atRiskOn(LocalDate day, Long afterId, int size) {
    return jdbc.sql("""
            select a.id, h.score from health_score h join account a on a.id = h.account_id
            where h.score_day = :day and h.band = 'AT_RISK' and not a.churned and a.id > :after
            order by a.id fetch first :size rows only""")
        .param("day", day).param("after", afterId == null ? 0 : afterId).param("size", size)
        .query((rs, n) -> new Scored(rs.getLong(1), rs.getInt(2))).list();
  }

  /**
   * Of these accounts, those whose latest score is AT_RISK, with that score, by id (a launch's
   * targeted accounts that did not adopt its feature, say).
   */
  List<Scored> latestAtRisk(List<Long> accountIds) {
    List<Scored> atRisk = new ArrayList<>();
    // Ascending ids, chunk by chunk, so that the plays lock accounts in one order.
    for (List<Long> chunk : IdChunks.of(accountIds.stream().sorted().toList())) {
      atRisk.addAll(jdbc.sql("""
              select a.id, h.score from account a join health_score h on h.account_id = a.id
              where a.id in (:accounts) and not a.churned and h.band = 'AT_RISK'
                  and h.score_day = (select max(l.score_day) from health_score l
                      where l.account_id = a.id)
              order by a.id""")
          .param("accounts", chunk)
          .query((rs, n) -> new Scored(rs.getLong(1), rs.getInt(2))).list());
    }
    return atRisk;
  }

  /** Accounts whose latest score is AT_RISK (not churned), lowest score first. */
  List<AtRiskAccount> latestAtRiskWithPlays() {
    return jdbc.sql("""
            select a.external_id, a.name, a.csm, a.renewal_date, h.score_day, h.score,
                p.id, p.type, p.started_at, p.process_instance_id, p.notes, p.follow_up_on
            from health_score h join account a on a.id = h.account_id
                left join retention_play p on p.open_account_id = a.id
            where not a.churned and h.band = 'AT_RISK' and h.score_day =
                (select max(l.score_day) from health_score l where l.account_id = h.account_id)
            order by h.score, a.external_id""")
        .query((rs, n) -> new AtRiskAccount(rs.getString(1), rs.getString(2), rs.getString(3),
            rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), rs.getInt(6),
            rs.getObject(7) == null ? null : new OpenPlay(rs.getLong(7), rs.getString(8),
                rs.getObject(9, OffsetDateTime.class), rs.getString(10), rs.getString(11),
                rs.getObject(12, LocalDate.class))))
        .list();
  }

  Optional<LocalDate> latestScoredDay() {
    return jdbc.sql("select max(score_day) from health_score").query(LocalDate.class)
        .optional();
  }

  /** The health export's rows of the day: an account's score with its five parts. */
  void exportRows(LocalDate day, Consumer<String[]> row) {
    jdbc.sql("""
            select a.external_id, a.name, a.csm, h.score_day, h.score, h.band,
                max(case when c.component = 'usage' then c.component_value end),
                max(case when c.component = 'seats' then c.component_value end),
                max(case when c.component = 'support' then c.component_value end),
                max(case when c.component = 'nps' then c.component_value end),
                max(case when c.component = 'renewal' then c.component_value end)
            from health_score h join account a on a.id = h.account_id
                left join health_component c on c.score_id = h.id
            where h.score_day = :day
            group by a.external_id, a.name, a.csm, h.score_day, h.score, h.band
            order by a.external_id""")
        .param("day", day)
        .query(rs -> {
          row.accept(new String[] {rs.getString(1), rs.getString(2), text(rs.getString(3)),
              rs.getObject(4, LocalDate.class).toString(), String.valueOf(rs.getInt(5)),
              text(rs.getString(6)), text(rs.getString(7)), text(rs.getString(8)),
              text(rs.getString(9)), text(rs.getString(10)), text(rs.getString(11))});
        });
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }

  /** An account's id with its score. */
  record Scored(long id, int score) {}

  /** The history as a person reads it in a task form: a line per day, then its components. */
  static String text(List<DayScore> history) {
    if (history.isEmpty()) {
      return "No health score yet.";
    }
    StringBuilder text = new StringBuilder();
    for (DayScore day : history) {
      text.append(day.day()).append(": ").append(day.score()).append(' ').append(day.band())
          .append('\n');
      for (Component component : day.components()) {
        text.append("    ").append(component.component()).append(' ')
            .append(component.value()).append(" x ")
            .append(component.weight().stripTrailingZeros().toPlainString()).append(" (")
            .append(component.detail()).append(")\n");
      }
    }
    return text.toString().stripTrailing();
  }

  public record DayScore(LocalDate day, int score, String band, List<Component> components) {}

  public record Component(String component, int value, BigDecimal weight, String detail) {}
}
