package com.marketinghub.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The entries of {@code access-policy.yaml}: who may call each {@code /api} endpoint.
 *
 * @param endpoints one entry per method and path
 */
@ConfigurationProperties("marketing-hub.access")
public record AccessPolicyProperties(List<Endpoint> endpoints) {

  public AccessPolicyProperties {
    endpoints = endpoints == null ? List.of() : List.copyOf(endpoints);
  }

  /**
   * @param method GET, POST, PUT, PATCH or DELETE
   * @param path a Spring path pattern under /api
   * @param groups group ids, or {@link AccessPolicy#ANY_USER}, {@link AccessPolicy#KIND_IMPORTERS}
   * @param note what the endpoint narrows further itself, for the documentation
   */
  public record Endpoint(String method, String path, List<String> groups, String note) {
    public Endpoint {
      groups = groups == null ? List.of() : List.copyOf(groups);
    }
  }
}
