package com.marketinghub.web;

import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Additions to Camunda's REST API (/engine-rest), which runs on Jersey. */
@Configuration
class EngineRestConfiguration {

  @Bean
  ResourceConfigCustomizer badRequestMapper() {
    return config -> config.register(EngineRestBadRequestMapper.class);
  }
}
