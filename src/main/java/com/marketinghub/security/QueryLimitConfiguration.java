package com.marketinghub.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cfg.CompositeProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.util.CamundaSpringBootUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Camunda's {@code queryMaxResultsLimit} (application.yaml, {@code QUERY_MAX_RESULTS}) for people,
 * not for admins. The engine refuses a query of an authenticated user that asks for more rows
 * than the limit, or for all of them ({@code list()} without paging), with 400; it applies to
 * every authenticated user, admins too. Admins are trusted with the whole database (Cockpit, their
 * own scripts over /engine-rest), so for a caller in camunda-admin the limit reads as none. The
 * application's own queries inside engine commands (delegates, listeners) and those without an
 * authenticated user are not limited either; see docs/security.md, "Limits before work".
 *
 * <p>The engine configuration is the starter's own ({@code CamundaBpmConfiguration}, which
 * steps back when another one exists) but for that one getter.
 */
@Configuration
class QueryLimitConfiguration {

  @Bean
  ProcessEngineConfigurationImpl processEngineConfigurationImpl(List<ProcessEnginePlugin> plugins) {
    SpringProcessEngineConfiguration configuration =
        CamundaSpringBootUtil.initCustomFields(new AdminsUnlimited());
    configuration.getProcessEnginePlugins().add(new CompositeProcessEnginePlugin(plugins));
    return configuration;
  }

  /** The engine configuration whose query limit is none for a caller in camunda-admin. */
  static class AdminsUnlimited extends SpringProcessEngineConfiguration {

    @Override
    public int getQueryMaxResultsLimit() {
      IdentityService identity = getIdentityService();
      Authentication caller = identity == null ? null : identity.getCurrentAuthentication();
      if (caller != null && caller.getGroupIds() != null
          && caller.getGroupIds().contains(Groups.ADMIN)) {
        return Integer.MAX_VALUE;
      }
      return super.getQueryMaxResultsLimit();
    }
  }
}
