package com.marketinghub.lead.crm;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param mode {@code csv} (default: the day's sales-handoff CSV in the outbox) or {@code http}
 * @param url where {@code http} mode POSTs each lead as JSON
 * @param timeout connect and response timeout of {@code http} mode
 * @param csvFolder where {@code csv} mode writes sales-handoff-YYYY-MM-DD.csv
 */
@ConfigurationProperties("marketing-hub.crm")
public record CrmProperties(
    @DefaultValue("csv") String mode,
    URI url,
    @DefaultValue("PT10S") Duration timeout,
    Path csvFolder) {}
