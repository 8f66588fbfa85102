package com.marketinghub.security;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Service;

/**
 * Records who changed what. The actor is the user the request authenticated as; work that no
 * person started (timers, the daily sync) is recorded as {@value #SYSTEM}.
 */
@Service
public class AuditService {

  public static final String SYSTEM = "system";
  static final int MAX_PAGE_SIZE = 500;

  private final AuditLogRepository repository;
  private final IdentityService identityService;
  private final Clock clock;

  AuditService(AuditLogRepository repository, IdentityService identityService, Clock clock) {
    this.repository = repository;
    this.identityService = identityService;
    this.clock = clock;
  }

  /** Records an action of the current caller (or of the system, outside a request). */
  public void record(String action, String target, String details) {
    Authentication caller = identityService.getCurrentAuthentication();
    recordAs(caller == null ? SYSTEM : caller.getUserId(), action, target, details);
  }

  public void recordAs(String actor, String action, String target, String details) {
    repository.insert(OffsetDateTime.now(clock), actor, truncate(action, 100),
        truncate(target, 500), truncate(details, 4000));
  }

  AuditPage page(int page, int size) {
    if (page < 0) {
      throw new IllegalArgumentException("page must be 0 or more, was " + page);
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      throw new IllegalArgumentException(
          "size must be between 1 and " + MAX_PAGE_SIZE + ", was " + size);
    }
    List<AuditEntry> items = repository.newestFirst(Math.multiplyExact(page, size), size);
    return new AuditPage(items, page, size, repository.count());
  }

  private static String truncate(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }

  record AuditPage(List<AuditEntry> items, int page, int size, long total) {}
}
