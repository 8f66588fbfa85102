package com.marketinghub.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param allowedOrigins origins ({@code scheme://host[:port]}) of other sites whose pages may
 *     write to {@code /api} and {@code /engine-rest} with a user's browser credentials, besides
 *     the application's own origin; empty by default
 */
@ConfigurationProperties("marketing-hub.security")
public record CrossSiteProperties(List<String> allowedOrigins) {

  public CrossSiteProperties {
    allowedOrigins = allowedOrigins == null ? List.of()
        : allowedOrigins.stream().filter(origin -> origin != null && !origin.isBlank()).toList();
  }
}
