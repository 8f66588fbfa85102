package com.marketinghub.process;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Engine work the application does for itself within a person's request: without the person's
 * engine authorizations (their right to the request was checked before), the person's
 * authentication restored afterwards.
 */
public final class AsApplication {

  private AsApplication() {}

  public static <T> T call(IdentityService identityService, Supplier<T> work) {
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }
}
