package com.marketinghub.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The rules of {@code access-policy.yaml}, read once: which entry a request falls under and
 * whether a caller's groups satisfy it. It knows no servlet; {@link AccessPolicyFilter} applies
 * it to requests.
 */
public final class AccessPolicy {

  /** Every authenticated user. */
  public static final String ANY_USER = "any-user";
  /** The groups that may import the kind of the batch named in the path ({batchId}). */
  public static final String KIND_IMPORTERS = "importers-of-the-batch-kind";

  private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");

  private final List<Entry> entries;

  public AccessPolicy(AccessPolicyProperties properties) {
    List<Entry> read = new ArrayList<>();
    Set<String> seen = new TreeSet<>();
    for (AccessPolicyProperties.Endpoint endpoint : properties.endpoints()) {
      String method = endpoint.method() == null ? "" : endpoint.method().toUpperCase(Locale.ROOT);
      if (!METHODS.contains(method) || endpoint.path() == null
          || !endpoint.path().startsWith("/api/")) {
        throw new IllegalStateException("access-policy.yaml: entry needs a method of " + METHODS
            + " and a path under /api/: " + endpoint);
      }
      if (endpoint.groups().isEmpty()) {
        throw new IllegalStateException("access-policy.yaml: " + method + " " + endpoint.path()
            + " names no group (leave the entry out to forbid it)");
      }
      if (!seen.add(method + " " + endpoint.path())) {
        throw new IllegalStateException("access-policy.yaml: " + method + " " + endpoint.path()
            + " is listed twice");
      }
      read.add(new Entry(method, endpoint.path(), PathPatternParser.defaultInstance
          .parse(endpoint.path()), List.copyOf(endpoint.groups()), endpoint.note()));
    }
    this.entries = List.copyOf(read);
  }

  /** Every entry, in the file's order. */
  public List<Entry> entries() {
    return entries;
  }

  /**
   * The entry a request falls under: of those whose method and pattern match, the most specific
   * (a literal before a pattern). HEAD is a GET.
   */
  public Optional<Entry> entry(String method, String path) {
    String wanted = "HEAD".equals(method) ? "GET" : method;
    PathContainer container = PathContainer.parsePath(path);
    return entries.stream()
        .filter(entry -> entry.method().equals(wanted) && entry.pattern().matches(container))
        .min(Comparator.comparing(Entry::pattern, PathPattern.SPECIFICITY_COMPARATOR));
  }

  /** Whether any entry, of any method, matches the path (an OPTIONS request may ask about it). */
  public boolean knows(String path) {
    PathContainer container = PathContainer.parsePath(path);
    return entries.stream().anyMatch(entry -> entry.pattern().matches(container));
  }

  /**
   * Whether the caller passes the entry. camunda-admin reads everything.
   *
   * @param batchKind the kind of the batch the path names, when the entry needs it
   */
  public boolean allows(Entry entry, Collection<String> callerGroups, Optional<String> batchKind) {
    if (callerGroups.contains(Groups.ADMIN) && entry.method().equals("GET")) {
      return true;
    }
    return groupsFor(entry, batchKind).stream()
        .anyMatch(group -> ANY_USER.equals(group) || callerGroups.contains(group));
  }

  /** The groups the entry lets in, with the batch kind's importers in place of the token. */
  public List<String> groupsFor(Entry entry, Optional<String> batchKind) {
    List<String> groups = new ArrayList<>();
    for (String group : entry.groups()) {
      if (KIND_IMPORTERS.equals(group)) {
        batchKind.flatMap(kind -> entry("POST", "/api/imports/" + kind))
            .ifPresent(importEntry -> groups.addAll(importEntry.groups()));
      } else {
        groups.add(group);
      }
    }
    return groups;
  }

  /** The path's variables as the entry's pattern names them ({batchId} -> 42). */
  public static Map<String, String> variables(Entry entry, String path) {
    PathPattern.PathMatchInfo info = entry.pattern().matchAndExtract(PathContainer.parsePath(path));
    return info == null ? Map.of() : info.getUriVariables();
  }

  /** One entry of the file. */
  public record Entry(String method, String path, PathPattern pattern, List<String> groups,
      String note) {

    public boolean needsBatchKind() {
      return groups.contains(KIND_IMPORTERS);
    }
  }
}
