package com.marketinghub.security;

import com.marketinghub.web.ProblemWriter;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * HTTP Basic on both APIs. {@code /engine-rest} uses the engine's own filter, so the Camunda REST
 * API behaves exactly as documented by Camunda (also for Camunda Modeler's deploy dialog); {@code
 * /api} uses ours, which answers in problem+json. The webapps under {@code /camunda} keep their
 * own session login and Camunda's CSRF protection. Before either Basic filter, {@link
 * CrossSiteWriteFilter} refuses writes that a page of another site sends with a browser's cached
 * credentials.
 * Both ways into the engine ({@code /engine-rest} and the webapps' {@code
 * /camunda/api/engine}) then pass the audit and the submission guard, in that order, so a
 * refused submission is audited too.
 */
@Configuration
class SecurityConfiguration {

  static final String ENGINE_REST_PATH = "/engine-rest";

  private final IdentityService identityService;
  private final String webappsPath;
  private final String engineName;
  private final ProcessEngineConfigurationImpl engineConfiguration;

  SecurityConfiguration(IdentityService identityService, CamundaBpmProperties camunda,
      ProcessEngine engine) {
    this.identityService = identityService;
    this.webappsPath = camunda.getWebapp().getApplicationPath();
    this.engineName = engine.getName();
    this.engineConfiguration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
  }

  @Bean
  FilterRegistrationBean<CrossSiteWriteFilter> crossSiteWriteFilter(CrossSiteProperties crossSite,
      ProblemWriter problems) {
    var registration = new FilterRegistrationBean<>(new CrossSiteWriteFilter(
        new CrossSiteWritePolicy(crossSite.allowedOrigins()), problems));
    registration.setName("cross-site-writes");
    // Not /camunda/*: the webapps' own API has Camunda's CSRF filter.
    registration.addUrlPatterns("/api/*", ENGINE_REST_PATH + "/*");
    registration.setOrder(5);
    return registration;
  }

  @Bean
  FilterRegistrationBean<RequestSizeFilter> requestSizeFilter(RequestLimitProperties limits,
      ProblemWriter problems) {
    var registration = new FilterRegistrationBean<>(new RequestSizeFilter(limits, problems));
    registration.setName("request-size");
    registration.addUrlPatterns("/api/*", ENGINE_REST_PATH + "/*");
    registration.setOrder(3);
    return registration;
  }

  @Bean
  FilterRegistrationBean<LoginThrottleFilter> loginThrottleFilter(RequestLimitProperties limits,
      AuditService audit, ProblemWriter problems) {
    // Real time, not the engine's clock: attempts happen now, whatever a test pinned.
    var throttle = new LoginThrottle(limits.loginFailures(), limits.loginWindow(),
        java.time.Clock.systemUTC());
    var locks = new UserLocks(identityService, engineConfiguration::getLoginMaxAttempts);
    var registration = new FilterRegistrationBean<>(
        new LoginThrottleFilter(throttle, locks, new LoginAudit(audit), problems));
    registration.setName("login-throttle");
    registration.addUrlPatterns("/api/*", ENGINE_REST_PATH + "/*",
        "/camunda/api/admin/auth/user/*");
    registration.setOrder(7);
    return registration;
  }

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthenticationFilter() {
    var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("engine-rest-authentication");
    registration.addUrlPatterns(ENGINE_REST_PATH + "/*");
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    // Lets the filter see /engine-rest/engine/{name}/... as an engine path.
    registration.addInitParameter("rest-url-pattern-prefix", ENGINE_REST_PATH);
    registration.setOrder(10);
    return registration;
  }

  @Bean
  FilterRegistrationBean<ApiAuthenticationFilter> apiAuthenticationFilter(ProblemWriter problems) {
    var registration =
        new FilterRegistrationBean<>(new ApiAuthenticationFilter(identityService, problems));
    registration.setName("api-authentication");
    registration.addUrlPatterns("/api/*");
    registration.setOrder(10);
    return registration;
  }

  @Bean
  FilterRegistrationBean<ApiAuditFilter> apiAuditFilter(AuditService audit,
      ProblemWriter problems) {
    var registration = new FilterRegistrationBean<>(
        new ApiAuditFilter(audit, identityService, problems, webappsPath, engineName));
    registration.setName("api-audit");
    registration.addUrlPatterns("/api/*", ENGINE_REST_PATH + "/*", webappsPath + "/api/engine/*");
    registration.setOrder(20);
    return registration;
  }

  /**
   * Submissions carry only what the form asks, on both ways into the engine. After the audit
   * (20), so refusals are recorded; on /engine-rest after the engine's authentication (10); the
   * webapps' login is read from the session, wherever Camunda's own filters run.
   */
  @Bean
  FilterRegistrationBean<EngineSubmissionFilter> engineSubmissionFilter(TaskService tasks,
      RepositoryService repository, FormService forms) {
    var policy = new SubmissionPolicy(new EngineForms(identityService, tasks, repository, forms));
    var registration = new FilterRegistrationBean<>(
        new EngineSubmissionFilter(policy, identityService, webappsPath, engineName));
    registration.setName("engine-submission");
    registration.addUrlPatterns(ENGINE_REST_PATH + "/*", webappsPath + "/api/engine/*");
    registration.setOrder(30);
    return registration;
  }

  @Bean
  AccessPolicy accessPolicy(AccessPolicyProperties properties) {
    return new AccessPolicy(properties);
  }

  /**
   * access-policy.yaml on every /api request. After the audit (20), so a refusal is recorded;
   * a filter, not an MVC interceptor, so it runs before Spring reads a multipart body.
   */
  @Bean
  FilterRegistrationBean<AccessPolicyFilter> accessPolicyFilter(AccessPolicy policy,
      ImportBatchKinds batchKinds, ProblemWriter problems) {
    var registration = new FilterRegistrationBean<>(
        new AccessPolicyFilter(policy, identityService, batchKinds, problems));
    registration.setName("access-policy");
    registration.addUrlPatterns("/api/*");
    registration.setOrder(25);
    return registration;
  }
}
