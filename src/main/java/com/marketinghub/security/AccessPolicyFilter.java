package com.marketinghub.security;

import com.marketinghub.web.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Applies {@code access-policy.yaml} to every {@code /api} request: after the authentication
 * (which set the caller and their groups) and the audit (so a refusal is recorded), and before
 * Spring reads the body, so a refused upload is never spooled and a refused JSON never parsed.
 */
class AccessPolicyFilter extends OncePerRequestFilter {

  private final AccessPolicy policy;
  private final IdentityService identityService;
  private final ImportBatchKinds batchKinds;
  private final ProblemWriter problems;

  AccessPolicyFilter(AccessPolicy policy, IdentityService identityService,
      ImportBatchKinds batchKinds, ProblemWriter problems) {
    this.policy = policy;
    this.identityService = identityService;
    this.batchKinds = batchKinds;
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String method = request.getMethod();
    if ("OPTIONS".equals(method)) {
      // Spring answers OPTIONS itself (the Allow header) and runs no handler; still, only for
      // paths the file lists.
      if (policy.knows(path)) {
        chain.doFilter(request, response);
      } else {
        problems.write(request, response, HttpStatus.NOT_FOUND, "No endpoint " + path);
      }
      return;
    }
    Optional<AccessPolicy.Entry> entry = policy.entry(method, path);
    if (entry.isEmpty()) {
      problems.write(request, response, HttpStatus.NOT_FOUND, "No endpoint " + method + " " + path);
      return;
    }
    Optional<String> batchKind = Optional.empty();
    if (entry.get().needsBatchKind()) {
      String batchId = AccessPolicy.variables(entry.get(), path).getOrDefault("batchId", "");
      if (!batchId.matches("\\d{1,18}")) {
        problems.write(request, response, HttpStatus.NOT_FOUND,
            "No endpoint " + method + " " + path);
        return;
      }
      batchKind = batchKinds.kindOf(Long.parseLong(batchId));
      if (batchKind.isEmpty()) {
        problems.write(request, response, HttpStatus.NOT_FOUND, "No import batch " + batchId);
        return;
      }
    }
    Authentication caller = identityService.getCurrentAuthentication();
    List<String> groups = caller == null || caller.getGroupIds() == null
        ? List.of() : caller.getGroupIds();
    if (caller == null || !policy.allows(entry.get(), groups, batchKind)) {
      problems.write(request, response, HttpStatus.FORBIDDEN, "User '"
          + (caller == null ? "?" : caller.getUserId()) + "' may not " + method + " " + path
          + ": it needs membership in one of the groups "
          + policy.groupsFor(entry.get(), batchKind));
      return;
    }
    chain.doFilter(request, response);
  }
}
