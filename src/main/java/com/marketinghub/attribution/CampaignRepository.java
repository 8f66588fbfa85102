package com.marketinghub.attribution;

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

@Repository
public class CampaignRepository {

  private static final String SELECT_CAMPAIGN =
      "select id, name, channel, start_date, end_date from campaign";

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
    return jdbc.sql(SELECT_CAMPAIGN + " where name = :name").param("name", name)
        .query(CampaignRepository::map).optional();
  }

  public Optional<Campaign> findById(long id) {
    return jdbc.sql(SELECT_CAMPAIGN + " where id = :id").param("id", id)
        .query(CampaignRepository::map).optional();
  }

  /** The ids of the channel's campaigns (the channel in any case), newest first. */
  public List<Long> idsInChannel(String channel) {
    return jdbc.sql("""
            select id from campaign where lower(channel) = lower(:channel) order by id desc""")
        .param("channel", channel).query(Long.class).list();
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

  private static Campaign map(ResultSet rs, int row) throws SQLException {
    return new Campaign(rs.getLong("id"), rs.getString("name"), rs.getString("channel"),
        rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class));
  }
}
