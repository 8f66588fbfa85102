package com.marketinghub.security;

import com.marketinghub.web.ProblemWriter;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * HTTP Basic on both APIs. {@code /engine-rest} uses the engine's own filter, so the Camunda REST
 * API behaves exactly as documented by Camunda (also for Camunda Modeler's deploy dialog); {@code
 * /api} uses ours, which answers in problem+json. The webapps under {@code /camunda} keep their
 * own session login and Camunda's CSRF protection. Before either Basic filter, {@link
 * CrossSiteWriteFilter} refuses writes that a page of another site sends with a browser's cached
 * credentials.
 */
@Configuration
class SecurityConfiguration implements WebMvcConfigurer {

  static final String ENGINE_REST_PATH = "/engine-rest";

  private final IdentityService identityService;
  private final GroupAccess access;

  SecurityConfiguration(IdentityService identityService, GroupAccess access) {
    this.identityService = identityService;
    this.access = access;
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
      ProblemWriter problems) {
    // Real time, not the engine's clock: attempts happen now, whatever a test pinned.
    var throttle = new LoginThrottle(limits.loginFailures(), limits.loginWindow(),
        java.time.Clock.systemUTC());
    var registration = new FilterRegistrationBean<>(new LoginThrottleFilter(throttle, problems));
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
  FilterRegistrationBean<ApiAuditFilter> apiAuditFilter(AuditService audit) {
    var registration = new FilterRegistrationBean<>(new ApiAuditFilter(audit));
    registration.setName("api-audit");
    registration.addUrlPatterns("/api/*", ENGINE_REST_PATH + "/*");
    registration.setOrder(20);
    return registration;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new GroupAccessInterceptor(access)).addPathPatterns("/api/**");
  }
}
