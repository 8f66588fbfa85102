package com.marketinghub.lead;

import org.springframework.stereotype.Component;

/**
 * The values bpmn/lead-handoff.bpmn reads in its timer and retry expressions
 * ({@code ${leadHandoffSettings.slaCycle}}), so that they are configuration, not diagram.
 */
@Component("leadHandoffSettings")
public class LeadHandoffSettings {

  private final LeadHandoffProperties properties;

  LeadHandoffSettings(LeadHandoffProperties properties) {
    this.properties = properties;
  }

  public String getSlaCycle() {
    return properties.slaCycle();
  }

  public String getReassignAfter() {
    return properties.reassignAfter().toString();
  }

  public String getCrmRetryCycle() {
    return properties.crmRetryCycle();
  }
}
