package com.marketinghub.lead.crm;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class CrmConfiguration {

  private static final Logger log = LoggerFactory.getLogger(CrmConfiguration.class);

  @Bean
  CrmClient crmClient(CrmProperties properties, ObjectMapper json, Clock clock,
      @Value("${marketing-hub.data-dir}") Path dataDir) {
    switch (properties.mode()) {
      case "http" -> {
        if (properties.url() == null) {
          throw new IllegalStateException(
              "marketing-hub.crm.mode is http but CRM_URL (marketing-hub.crm.url) is not set");
        }
        log.info("Accepted leads go to the CRM at {}", properties.url());
        return new HttpCrmClient(properties.url(), properties.timeout(), json);
      }
      case "csv" -> {
        Path folder = properties.csvFolder() != null
            ? properties.csvFolder() : dataDir.resolve("outbox");
        log.info("Accepted leads are appended to {}/sales-handoff-<date>.csv", folder);
        return new CsvFileCrmClient(folder, clock);
      }
      default -> throw new IllegalStateException(
          "marketing-hub.crm.mode must be csv or http, was " + properties.mode());
    }
  }
}
