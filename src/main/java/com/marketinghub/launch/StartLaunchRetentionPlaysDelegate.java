package com.marketinghub.launch;

import com.marketinghub.health.RetentionPlayStarter;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Task_StartRetentionPlays: a retention-play for each targeted account that did not use the
 * feature in the adoption window and whose latest health band is AT_RISK, unless it has an open
 * play (docs/customer-health.md).
 */
@Component("startLaunchRetentionPlaysDelegate")
class StartLaunchRetentionPlaysDelegate implements JavaDelegate {

  private static final Logger log = LoggerFactory.getLogger(
      StartLaunchRetentionPlaysDelegate.class);

  private final LaunchRepository launches;
  private final AdoptionRepository adoptions;
  private final RetentionPlayStarter plays;
  private final JdbcClient jdbc;

  StartLaunchRetentionPlaysDelegate(LaunchRepository launches, AdoptionRepository adoptions,
      RetentionPlayStarter plays, JdbcClient jdbc) {
    this.launches = launches;
    this.adoptions = adoptions;
    this.plays = plays;
    this.jdbc = jdbc;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Launch launch = launches.get(LaunchVariables.launchId(execution));
    AdoptionRepository.Measured window = adoptions.latest(launch.id()).orElseThrow();
    List<long[]> atRisk = jdbc.sql("""
            select a.id, h.score from account a join health_score h on h.account_id = a.id
            where not a.churned and lower(a.plan) in (:segments) and h.band = 'AT_RISK'
                and h.score_day = (select max(l.score_day) from health_score l
                    where l.account_id = a.id)
                and not exists (select 1 from feature_usage u where u.account_id = a.id
                    and u.feature_key = :feature and u.usage_day between :from and :to
                    and (u.active_users > 0 or u.events > 0))
            order by a.id""")
        .param("segments", launch.targetSegments()).param("feature", launch.featureKey())
        .param("from", window.windowStart()).param("to", window.windowEnd())
        .query((rs, n) -> new long[] {rs.getLong(1), rs.getInt(2)}).list();
    int started = 0;
    for (long[] account : atRisk) {
      if (plays.startFor(account[0], (int) account[1])) {
        started++;
      }
    }
    execution.setVariable("retentionPlaysStarted", started);
    log.info("Launch {}: {} accounts at risk did not adopt {}; {} retention plays started",
        launch.id(), atRisk.size(), launch.featureKey(), started);
  }
}
