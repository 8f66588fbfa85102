package com.marketinghub.sync;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param cron when the daily sync starts (Camunda cron, seconds first: {@code 0 0 2 * * ?})
 * @param enabled false: the timer still fires, the run ends at once
 * @param inbox files to import wait in {@code <inbox>/<kind>/}
 * @param outbox the day's exports are written here
 */
@ConfigurationProperties("marketing-hub.sync")
public record SyncProperties(String cron, boolean enabled, Path inbox, Path outbox) {}
