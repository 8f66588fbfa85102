package com.marketinghub.security;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Tells a write sent by a page of another site from one sent by the application's own pages or
 * by a client that is no browser. Browsers name the page that sends a request in {@code Origin}
 * (on every POST, PUT, PATCH and DELETE) and in {@code Sec-Fetch-Site}; Camunda Modeler, curl and
 * other servers send neither. A write passes when its {@code Origin} is the application's own or
 * an allowed one; otherwise it is refused when it carries any {@code Origin} (also {@code null},
 * which browsers send for sandboxed pages and redirects across sites) or a {@code Sec-Fetch-Site}
 * of {@code cross-site} or {@code same-site} (another host on the same registrable domain is
 * another site's code all the same).
 */
final class CrossSiteWritePolicy {

  private static final Set<String> FOREIGN_FETCH_SITES = Set.of("cross-site", "same-site");

  private final Set<String> allowedOrigins;

  /**
   * @throws IllegalStateException if an allowed origin is no {@code scheme://host[:port]}
   */
  CrossSiteWritePolicy(List<String> allowedOrigins) {
    this.allowedOrigins = allowedOrigins.stream()
        .map(origin -> normalize(origin).orElseThrow(() -> new IllegalStateException(
            "marketing-hub.security.allowed-origins: '" + origin + "' is no origin; write "
                + "scheme://host[:port], for example https://hub.example.com")))
        .collect(Collectors.toUnmodifiableSet());
  }

  /**
   * @param origin the request's {@code Origin} header, or null
   * @param fetchSite the request's {@code Sec-Fetch-Site} header, or null
   * @param ownOrigin the application's origin as the server sees the request ({@link #origin})
   * @return why the write is refused; empty when it may pass
   */
  Optional<String> refusal(String origin, String fetchSite, String ownOrigin) {
    if (origin != null) {
      Optional<String> normalized = normalize(origin);
      if (normalized.isPresent()
          && (normalized.get().equals(ownOrigin) || allowedOrigins.contains(normalized.get()))) {
        return Optional.empty();
      }
      return Optional.of("cross-site write refused: Origin " + origin.strip()
          + " is neither this application's origin nor one of "
          + "marketing-hub.security.allowed-origins");
    }
    if (fetchSite != null && FOREIGN_FETCH_SITES.contains(fetchSite.strip().toLowerCase(Locale.ROOT))) {
      return Optional.of("cross-site write refused: Sec-Fetch-Site " + fetchSite.strip()
          + " and no Origin of this application");
    }
    return Optional.empty();
  }

  /** The origin {@code scheme://host[:port]} in the form {@link #normalize} gives. */
  static String origin(String scheme, String host, int port) {
    String lowerScheme = scheme.toLowerCase(Locale.ROOT);
    String lowerHost = host.toLowerCase(Locale.ROOT);
    return port < 0 || port == defaultPort(lowerScheme)
        ? lowerScheme + "://" + lowerHost : lowerScheme + "://" + lowerHost + ":" + port;
  }

  /**
   * Scheme and host in lower case, the scheme's default port left out; empty for {@code null}
   * and anything else that is no {@code scheme://host[:port]}.
   */
  static Optional<String> normalize(String origin) {
    URI uri;
    try {
      uri = new URI(origin.strip());
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
    boolean bare = (uri.getRawPath() == null || uri.getRawPath().isEmpty()
        || uri.getRawPath().equals("/"))
        && uri.getRawQuery() == null && uri.getRawFragment() == null && uri.getRawUserInfo() == null;
    if (uri.getScheme() == null || uri.getHost() == null || !bare) {
      return Optional.empty();
    }
    return Optional.of(origin(uri.getScheme(), uri.getHost(), uri.getPort()));
  }

  private static int defaultPort(String scheme) {
    return switch (scheme) {
      case "http" -> 80;
      case "https" -> 443;
      default -> -1;
    };
  }
}
