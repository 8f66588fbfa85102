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
