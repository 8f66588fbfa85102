package com.marketinghub.common;

import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock every "now", "today", "this week" and "this quarter" comes from. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

  @Bean
  Clock clock(@Value("${" + BusinessZone.PROPERTY + ":}") String zone) {
    return new EngineClock(BusinessZone.of(zone));
  }
}
