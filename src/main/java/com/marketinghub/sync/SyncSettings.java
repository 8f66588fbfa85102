package com.marketinghub.sync;

import org.springframework.stereotype.Component;

/** What bpmn/daily-sync.bpmn reads in expressions: {@code ${syncSettings.cron}}. */
@Component("syncSettings")
public class SyncSettings {

  private final SyncProperties properties;

  SyncSettings(SyncProperties properties) {
    this.properties = properties;
  }

  public String getCron() {
    return properties.cron();
  }
}
