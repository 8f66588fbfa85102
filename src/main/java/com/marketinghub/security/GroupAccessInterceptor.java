package com.marketinghub.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/** Enforces {@link RequiresGroup} against the groups the authentication filter resolved. */
class GroupAccessInterceptor implements HandlerInterceptor {

  private final GroupAccess access;

  GroupAccessInterceptor(GroupAccess access) {
    this.access = access;
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
    access.require(Arrays.asList(required.value()),
        request.getMethod() + " " + request.getRequestURI());
    return true;
  }
}
