package com.marketinghub.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits checked before any work (docs/security.md, "Limits before work").
 *
 * @param maxBodySize a request body to /api or /engine-rest, uploads and deployments aside
 * @param maxDeploymentSize a deployment to /engine-rest (Camunda Modeler), read into memory by
 *     the engine's REST API before it checks the caller's permissions
 * @param loginFailures failed logins from one client address within {@code loginWindow} after
 *     which it waits, before a further attempt can count against (and lock) a user
 */
@ConfigurationProperties("marketing-hub.security.limits")
public record RequestLimitProperties(DataSize maxBodySize, DataSize maxDeploymentSize,
    int loginFailures, Duration loginWindow) {

  public RequestLimitProperties {
    maxBodySize = maxBodySize == null ? DataSize.ofMegabytes(1) : maxBodySize;
    maxDeploymentSize = maxDeploymentSize == null ? DataSize.ofMegabytes(10) : maxDeploymentSize;
    loginFailures = loginFailures <= 0 ? 5 : loginFailures;
    loginWindow = loginWindow == null ? Duration.ofMinutes(1) : loginWindow;
  }
}
