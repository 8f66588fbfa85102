package com.marketinghub.lead;

import com.marketinghub.lead.LeadService.LeadIntake;
import com.marketinghub.security.Groups;
import com.marketinghub.security.RequiresGroup;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class LeadController {

  private final LeadService leads;

  LeadController(LeadService leads) {
    this.leads = leads;
  }

  /** 201 with the new lead; 200 with the existing one when it was handed over before. */
  @PostMapping("/api/leads")
  @RequiresGroup({Groups.MARKETING, Groups.MARKETING_OPS})
  ResponseEntity<LeadCreated> create(@RequestBody NewLead lead) {
    LeadIntake intake;
    try {
      intake = leads.intake(lead);
    } catch (DuplicateKeyException concurrentTwin) {
      // The same lead was created by a parallel request between our look-up and our insert.
      intake = new LeadIntake(leads.findExisting(lead).orElseThrow(() -> concurrentTwin), false);
    }
    Lead stored = intake.lead();
    return ResponseEntity.status(intake.created() ? HttpStatus.CREATED : HttpStatus.OK)
        .body(new LeadCreated(stored.id(), stored.processInstanceId(), stored.status()));
  }

  @GetMapping("/api/leads/{id}")
  LeadView get(@PathVariable long id) {
    return leads.view(id);
  }

  record LeadCreated(long id, String processInstanceId, LeadStatus status) {}
}
