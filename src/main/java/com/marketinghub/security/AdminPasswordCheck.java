package com.marketinghub.security;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.StringUtils;

/**
 * Refuses to start when the admin user would get no password. Outside the demo profile the
 * password must come from {@code MARKETING_HUB_ADMIN_PASSWORD}; the check runs before the engine
 * or the database is touched, so the message is the first thing an operator sees.
 */
public class AdminPasswordCheck implements EnvironmentPostProcessor, Ordered {

  static final String PROPERTY = "camunda.bpm.admin-user.password";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication app) {
    if (!StringUtils.hasText(environment.getProperty("camunda.bpm.admin-user.id"))) {
      return;
    }
    if (!StringUtils.hasText(environment.getProperty(PROPERTY))) {
      throw new IllegalStateException(
          "No password for the Marketing Hub admin user: set the environment variable "
              + "MARKETING_HUB_ADMIN_PASSWORD (required with the postgres profile, which seeds "
              + "no demo users; active profiles: "
              + String.join(",", environment.getActiveProfiles()) + ")");
    }
  }

  @Override
  public int getOrder() {
    // After ConfigDataEnvironmentPostProcessor has loaded application*.yaml.
    return Ordered.LOWEST_PRECEDENCE;
  }
}
