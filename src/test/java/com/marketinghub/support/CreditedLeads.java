package com.marketinghub.support;

import java.math.BigDecimal;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Leads credited to campaigns for ROI figures, straight into the tables: the lead's status and
 * its confirmed credit are the point, not its handoff. Stamped with the application's now, as
 * the application would (not the database's real time).
 */
public final class CreditedLeads {

  private CreditedLeads() {}

  /** A lead in the status, with a touchpoint of the campaign; returns its id. */
  public static long lead(JdbcClient jdbc, String source, String email, String status,
      long campaign) {
    jdbc.sql("""
            insert into lead (source, email, natural_key, created_at, updated_at, status)
            values (:source, :email, :email, :now, :now, :status)""")
        .param("source", source).param("email", email).param("now", TestClock.offsetNow())
        .param("status", status).update();
    long id = jdbc.sql("select id from lead where email = :email").param("email", email)
        .query(Long.class).single();
    jdbc.sql("""
            insert into touchpoint (lead_id, campaign_id, type, occurred_at)
            values (:lead, :campaign, 'webinar', :now)""")
        .param("lead", id).param("campaign", campaign).param("now", TestClock.offsetNow())
        .update();
    return id;
  }

  /** The lead's credit for the campaign, confirmed (by mia) with the share (0 to 1). */
  public static void credit(JdbcClient jdbc, long lead, long campaign, String share) {
    jdbc.sql("""
            insert into attribution (lead_id, campaign_id, model, credit_share, confirmed_by,
                confirmed_at)
            values (:lead, :campaign, 'custom', :share, 'mia', :now)""")
        .param("lead", lead).param("campaign", campaign).param("share", new BigDecimal(share))
        .param("now", TestClock.offsetNow()).update();
  }
}
