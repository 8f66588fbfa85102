package com.marketinghub.security;

import com.marketinghub.web.ForbiddenException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/** Enforces {@link RequiresGroup} against the groups the authentication filter resolved. */
class GroupAccessInterceptor implements HandlerInterceptor {

  private final IdentityService identityService;

  GroupAccessInterceptor(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response,
      Object handler) {
    if (!(handler instanceof HandlerMethod method)) {
      return true;
    }
    RequiresGroup required = AnnotatedElementUtils.findMergedAnnotation(
        method.getMethod(), RequiresGroup.class);
    if (required == null) {
      required = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), RequiresGroup.class);
    }
    if (required == null) {
      return true;
    }
    Authentication caller = identityService.getCurrentAuthentication();
    List<String> groups = caller == null || caller.getGroupIds() == null
        ? List.of() : caller.getGroupIds();
    if (Arrays.stream(required.value()).noneMatch(groups::contains)) {
      throw new ForbiddenException("User '" + (caller == null ? "?" : caller.getUserId())
          + "' may not " + request.getMethod() + " " + request.getRequestURI()
          + ": it needs membership in one of the groups " + Arrays.toString(required.value()));
    }
    return true;
  }
}
