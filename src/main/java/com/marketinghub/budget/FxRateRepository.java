package com.marketinghub.budget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** fx_rate: the exchange rates Finance imports (kind {@code fx-rates}). */
@Repository
class FxRateRepository {

  private final JdbcClient jdbc;

  FxRateRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** One unit of {@code from} is worth {@code rate} units of {@code to} on {@code date}. */
  record FxRate(LocalDate date, String from, String to, BigDecimal rate) {}

  Optional<BigDecimal> find(LocalDate date, String from, String to) {
    return jdbc.sql("""
            select rate from fx_rate
            where rate_date = :date and from_currency = :from and to_currency = :to""")
        .param("date", date).param("from", from).param("to", to)
        .query(BigDecimal.class).optional();
  }

  /**
   * The rate between the two currencies on {@code date}: the latest on or before it, of the pair
   * as asked or the inverse one (on the same date the pair as asked wins).
   */
  Optional<FxRate> latestOnOrBefore(LocalDate date, String from, String to) {
    return jdbc.sql("""
            select rate_date, from_currency, to_currency, rate from fx_rate
            where ((from_currency = :from and to_currency = :to)
                or (from_currency = :to and to_currency = :from))
              and rate_date <= :date
            order by rate_date desc, case when from_currency = :from then 0 else 1 end
            fetch first 1 rows only""")
        .param("date", date).param("from", from).param("to", to)
        .query((rs, n) -> new FxRate(rs.getObject(1, LocalDate.class), rs.getString(2),
            rs.getString(3), rs.getBigDecimal(4)))
        .optional();
  }

  void insert(FxRate rate, OffsetDateTime now) {
    jdbc.sql("""
            insert into fx_rate (rate_date, from_currency, to_currency, rate, imported_at)
            values (:date, :from, :to, :rate, :now)""")
        .param("date", rate.date()).param("from", rate.from()).param("to", rate.to())
        .param("rate", rate.rate()).param("now", now).update();
  }

  void update(FxRate rate, OffsetDateTime now) {
    jdbc.sql("""
            update fx_rate set rate = :rate, imported_at = :now
            where rate_date = :date and from_currency = :from and to_currency = :to""")
        .param("date", rate.date()).param("from", rate.from()).param("to", rate.to())
        .param("rate", rate.rate()).param("now", now).update();
  }
}
