package com.marketinghub.security;

import com.marketinghub.common.UnavailableException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records who changed what. The actor is the user the request authenticated as; work that no
 * person started (timers, the daily sync) is recorded as {@value #SYSTEM}.
 *
 * <p>Fail closed: an entry that cannot be written throws {@link UnavailableException} (503), so
 * the work it records does not happen. {@link #record} writes in the caller's transaction (the
 * entry and the change commit together); {@link #begin} writes at once in a transaction of its
 * own, before the work, and {@link Entry#finish} completes it with the outcome afterwards.
 */
@Service
public class AuditService {

  public static final String SYSTEM = "system";
  /** The details of an entry begun before its work, until the outcome is recorded. */
  public static final String OUTCOME_PENDING = "outcome not recorded";
  static final int MAX_PAGE_SIZE = 500;
  /** The width of audit_log.actor. */
  static final int MAX_ACTOR = 64;

  private static final Logger log = LoggerFactory.getLogger(AuditService.class);

  private final AuditLogRepository repository;
  private final IdentityService identityService;
  private final Clock clock;
  private final TransactionTemplate ownTransaction;

  AuditService(AuditLogRepository repository, IdentityService identityService, Clock clock,
      PlatformTransactionManager transactions) {
    this.repository = repository;
    this.identityService = identityService;
    this.clock = clock;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * Records an action of the current caller (or of the system, outside a request), in the
   * caller's transaction.
   *
   * @throws UnavailableException when the entry cannot be written
   */
  public void record(String action, String target, String details) {
    recordAs(currentActor(), action, target, details);
  }

  /** @throws UnavailableException when the entry cannot be written */
  public void recordAs(String actor, String action, String target, String details) {
    try {
      insert(actor, action, target, details);
    } catch (RuntimeException e) {
      throw unavailable(e);
    }
  }

  /**
   * Writes an entry of the current caller now, in a transaction of its own, before the work it
   * records; {@link Entry#finish} completes it. Until then its details end in {@value
   * #OUTCOME_PENDING}.
   *
   * @throws UnavailableException when the entry cannot be written: do not do the work
   */
  public Entry begin(String action, String target, String details) {
    return beginAs(currentActor(), action, target, details);
  }

  /** {@link #begin} for a named actor. */
  public Entry beginAs(String actor, String action, String target, String details) {
    String pending = details == null || details.isEmpty() ? OUTCOME_PENDING
        : details + "; " + OUTCOME_PENDING;
    try {
      long id = ownTransaction.execute(status -> insert(actor, action, target, pending));
      return new Entry(id, action, target);
    } catch (RuntimeException e) {
      throw unavailable(e);
    }
  }

  /**
   * A user name as the audit log keeps it: control and other invisible characters replaced by
   * {@code ?}, at most {@value #MAX_ACTOR} characters; {@code ?} when there is none.
   */
  public static String actor(String name) {
    if (name == null || name.isEmpty()) {
      return "?";
    }
    String visible = name.replaceAll("[\\p{Cntrl}\\p{Cf}\\p{Zl}\\p{Zp}]", "?");
    return visible.length() <= MAX_ACTOR ? visible : visible.substring(0, MAX_ACTOR);
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

  private String currentActor() {
    Authentication caller = identityService.getCurrentAuthentication();
    return caller == null ? SYSTEM : caller.getUserId();
  }

  private long insert(String actor, String action, String target, String details) {
    return repository.insert(OffsetDateTime.now(clock), actor(actor), truncate(action, 100),
        truncate(target, 500), truncate(details, 4000));
  }

  private static UnavailableException unavailable(RuntimeException cause) {
    return new UnavailableException("The audit log cannot be written, so the request is "
        + "refused; try again later", cause);
  }

  private static String truncate(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }

  /** An entry written before its work; {@link #finish} records the outcome. */
  public final class Entry {

    private final long id;
    private final String action;
    private final String target;

    private Entry(long id, String action, String target) {
      this.id = id;
      this.action = action;
      this.target = target;
    }

    /**
     * Replaces the entry's details with the outcome, in a transaction of its own. The work is
     * done by now and stays done: a failure here is logged, and the entry keeps saying
     * {@value #OUTCOME_PENDING}.
     */
    public void finish(String details) {
      try {
        ownTransaction.executeWithoutResult(
            status -> repository.complete(id, truncate(details, 4000)));
      } catch (RuntimeException e) {
        log.error("Could not record the outcome ({}) of audit entry {} ({} {}); it stays '{}'",
            details, id, action, target, OUTCOME_PENDING, e);
      }
    }
  }

  record AuditPage(List<AuditEntry> items, int page, int size, long total) {}
}
