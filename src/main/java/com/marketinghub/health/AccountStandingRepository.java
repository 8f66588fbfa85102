package com.marketinghub.health;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The latest health band and the open retention play of one account. */
@Repository
class AccountStandingRepository {

  private final JdbcClient jdbc;

  AccountStandingRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<String> latestBand(long accountId) {
    return jdbc.sql("""
            select band from health_score where account_id = :id and band is not null
            order by score_day desc fetch first 1 rows only""")
        .param("id", accountId).query(String.class).optional();
  }

  Optional<String> openPlay(long accountId) {
    return jdbc.sql("""
            select coalesce(type, 'play not chosen yet') || ' (' || status || ')'
            from retention_play where open_account_id = :id""")
        .param("id", accountId).query(String.class).optional();
  }
}
