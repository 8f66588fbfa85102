package com.marketinghub.attribution;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class CampaignRepository {

  private final JdbcClient jdbc;

  CampaignRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(String name, String channel, LocalDate start, LocalDate end, OffsetDateTime now) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            insert into campaign (name, channel, start_date, end_date, created_at)
            values (:name, :channel, :start, :end, :now)""")
        .param("name", name).param("channel", channel).param("start", start)
        .param("end", end).param("now", now)
        .update(key, "id");
    return key.getKey().longValue();
  }

  public Optional<Campaign> findByName(String name) {
    return jdbc.sql("select id, name, channel, start_date, end_date from campaign where name = :name")
        .param("name", name)
        .query((rs, row) -> new Campaign(rs.getLong("id"), rs.getString("name"),
            rs.getString("channel"), rs.getObject("start_date", LocalDate.class),
            rs.getObject("end_date", LocalDate.class)))
        .optional();
  }

  void update(long id, String channel, LocalDate start, LocalDate end) {
    jdbc.sql("update campaign set channel = :channel, start_date = :start, end_date = :end "
            + "where id = :id")
        .param("channel", channel).param("start", start).param("end", end).param("id", id)
        .update();
  }

  public boolean exists(long id) {
    return jdbc.sql("select count(*) from campaign where id = :id").param("id", id)
        .query(Long.class).single() > 0;
  }
}
