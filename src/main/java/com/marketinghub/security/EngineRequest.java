package com.marketinghub.security;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A request to one of the two HTTP entries into the engine, reduced to what both share: the
 * method and the resource path below the engine ({@code task/42/complete}). {@code /engine-rest}
 * serves the default engine at its root and every engine at {@code /engine/{name}};
 * the webapps' API serves an engine at {@code {webapps}/api/engine/engine/{name}}.
 *
 * @param path the segments below the engine, without empty ones
 */
record EngineRequest(String method, List<String> path) {

  static final String ENGINE_REST = SecurityConfiguration.ENGINE_REST_PATH;

  /**
   * @param servletPath the request's path inside the application as the container decoded and
   *     normalized it (servlet path and path info: no {@code ;} parameters, no {@code ..})
   * @param webappsPath the webapps' application path ({@code /camunda})
   * @return empty for a path that is not an engine resource of either entry
   */
  static Optional<EngineRequest> of(String method, String servletPath, String webappsPath) {
    List<String> segments = Arrays.stream(servletPath.split("/"))
        .filter(segment -> !segment.isEmpty()).toList();
    List<String> restRoot = segments(ENGINE_REST);
    List<String> webappsRoot = segments(webappsPath + "/api/engine/engine");
    if (startsWith(segments, restRoot)) {
      List<String> below = segments.subList(restRoot.size(), segments.size());
      if (below.size() >= 2 && below.get(0).equals("engine")) {
        below = below.subList(2, below.size());
      }
      return Optional.of(new EngineRequest(method, below));
    }
    if (startsWith(segments, webappsRoot) && segments.size() > webappsRoot.size()) {
      return Optional.of(new EngineRequest(method,
          segments.subList(webappsRoot.size() + 1, segments.size())));
    }
    return Optional.empty();
  }

  boolean isRead() {
    return method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
  }

  /**
   * A POST that only reads: the engine's queries with a body (POST /task, /process-instance,
   * /history/..., their /count, a filter's /list). The webapps send them all the time.
   */
  boolean isQuery() {
    if (!method.equals("POST")) {
      return isRead();
    }
    String last = at(length() - 1);
    return (length() == 1 && !Set.of("message", "signal", "condition").contains(last))
        || Set.of("count", "list", "singleResult").contains(last)
        || (length() == 2 && at(0).equals("history") && !last.equals("cleanup"));
  }

  /** The segment at this index, or "" past the end. */
  String at(int index) {
    return index < path.size() ? path.get(index) : "";
  }

  int length() {
    return path.size();
  }

  private static boolean startsWith(List<String> segments, List<String> prefix) {
    return segments.size() >= prefix.size()
        && segments.subList(0, prefix.size()).equals(prefix);
  }

  private static List<String> segments(String path) {
    return Arrays.stream(path.split("/")).filter(segment -> !segment.isEmpty()).toList();
  }
}
