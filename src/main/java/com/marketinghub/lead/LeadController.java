package com.marketinghub.lead;

import com.marketinghub.lead.LeadService.LeadIntake;
import com.marketinghub.security.CurrentUser;
import com.marketinghub.sync.CsvImporter;
import com.marketinghub.sync.ImportContext;
import com.marketinghub.sync.ImportReport;
import com.marketinghub.common.BadRequestException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class LeadController {

  private final LeadService leads;
  private final CsvImporter importer;
  private final LeadImportKind importKind;
  private final CurrentUser currentUser;
  private final int batchMax;

  LeadController(LeadService leads, CsvImporter importer, LeadImportKind importKind,
      CurrentUser currentUser,
      @Value("${marketing-hub.import.api-batch-max:1000}") int batchMax) {
    this.leads = leads;
    this.importer = importer;
    this.importKind = importKind;
    this.currentUser = currentUser;
    this.batchMax = batchMax;
  }

  /**
   * Many leads at once, by the rules of the CSV import: each valid lead is created (and its
   * handoff started) or updated, each invalid one is a reject of the batch report, whose row
   * numbers are positions in the array from 1.
   */
  @PostMapping("/api/leads/batch")
  ImportReport createBatch(@RequestBody List<NewLead> batch,
      @RequestParam(required = false) String source) {
    if (batch.isEmpty() || batch.size() > batchMax) {
      throw new BadRequestException("A batch holds 1 to " + batchMax + " leads, this one "
          + batch.size() + "; send larger sets as a CSV file to POST /api/imports/leads");
    }
    List<Map<String, String>> rows = batch.stream().map(LeadController::values).toList();
    return importer.importRows(importKind, "POST /api/leads/batch", rows,
        new ImportContext(source == null ? Map.of() : Map.of(LeadImportKind.DEFAULT_SOURCE,
            source)),
        currentUser.userId());
  }

  private static Map<String, String> values(NewLead lead) {
    Map<String, String> values = new HashMap<>();
    values.put("source", lead.source());
    values.put("externalId", lead.externalId());
    values.put("email", lead.email());
    values.put("firstName", lead.firstName());
    values.put("lastName", lead.lastName());
    values.put("company", lead.company());
    values.put("country", lead.country());
    values.put("companySize", lead.companySize() == null ? null : lead.companySize().toString());
    values.put("jobTitle", lead.jobTitle());
    return values;
  }

  /** 201 with the new lead; 200 with the existing one when it was handed over before. */
  @PostMapping("/api/leads")
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

  /** Leads newest first; {@code status} filters; {@code currentTask} is not filled in lists. */
  @GetMapping("/api/leads")
  LeadService.LeadPage list(@RequestParam(required = false) String status,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
    if (page < 0 || size < 1 || size > 500) {
      throw new BadRequestException("page must be 0 or more and size 1 to 500, were " + page
          + " and " + size);
    }
    LeadStatus wanted = null;
    if (status != null) {
      try {
        wanted = LeadStatus.valueOf(status.trim().toUpperCase());
      } catch (IllegalArgumentException e) {
        throw new BadRequestException("status must be one of "
            + java.util.Arrays.toString(LeadStatus.values()) + ", was '" + status + "'");
      }
    }
    return leads.list(wanted, page, size);
  }

  @GetMapping("/api/leads/{id}")
  LeadView get(@PathVariable long id) {
    return leads.view(id);
  }

  record LeadCreated(long id, String processInstanceId, LeadStatus status) {}
}
