package com.marketinghub.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/**
 * Who sends a request to the engine, for the filters around it: the engine's authentication
 * when an authentication filter set it (HTTP Basic on /engine-rest), else the webapps' login,
 * which Camunda keeps in the HTTP session and sets on the engine only inside its own filters.
 */
record RequestCaller(String userId, List<String> groupIds) {

  boolean isAdmin() {
    return groupIds.contains(Groups.ADMIN);
  }

  /**
   * @param webapps whether the request is to the webapps' API, whose login is the session's
   * @param engineName the engine the webapps' login is for
   */
  static Optional<RequestCaller> of(HttpServletRequest request, IdentityService identity,
      boolean webapps, String engineName) {
    Authentication engine = identity.getCurrentAuthentication();
    if (engine != null && engine.getUserId() != null) {
      return Optional.of(new RequestCaller(engine.getUserId(), listOrEmpty(engine.getGroupIds())));
    }
    if (!webapps) {
      return Optional.empty();
    }
    Authentications logins = Authentications.getCurrent();
    HttpSession session = request.getSession(false);
    if (logins == null && session != null) {
      logins = AuthenticationUtil.getAuthsFromSession(session);
    }
    if (logins != null && logins.getAuthenticationForProcessEngine(engineName)
        instanceof UserAuthentication login) {
      return Optional.of(new RequestCaller(login.getIdentityId(),
          listOrEmpty(login.getGroupIds())));
    }
    return Optional.empty();
  }

  private static List<String> listOrEmpty(List<String> groups) {
    return groups == null ? List.of() : List.copyOf(groups);
  }
}
